using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using TaskDefKit.Analyzers.Generator;

namespace TaskDefKit.Cli.Import.Attributed
{
    /// <summary>
    /// The inverse of the generator's conversions (<see cref="Conversion"/>): the C# attribute argument that makes the
    /// generator write exactly this JSON value, or null when no argument can (a null in a list, <c>"enabled"</c> where
    /// the argument writes <c>"ENABLED"</c>, a number that is not an int …). ECS enumerations are written as the
    /// constants of <c>TaskDefKit.Attributes</c> (<c>NetworkModes.AwsVpc</c>) when one has the value.
    /// </summary>
    internal static class AttributeArguments
    {
        /// <summary>Which constants class holds the values of an argument (attribute short name + argument name).</summary>
        private static readonly Dictionary<string, Type> s_constants = new Dictionary<string, Type>(StringComparer.Ordinal)
        {
            ["TaskDefinition.LaunchType"] = typeof(TaskDefKit.Attributes.LaunchTypes),
            ["TaskDefinition.LaunchTypes"] = typeof(TaskDefKit.Attributes.LaunchTypes),
            ["TaskDefinition.NetworkMode"] = typeof(TaskDefKit.Attributes.NetworkModes),
            ["TaskDefinition.PidMode"] = typeof(TaskDefKit.Attributes.PidModes),
            ["TaskDefinition.IpcMode"] = typeof(TaskDefKit.Attributes.IpcModes),
            ["TaskDefinition.OperatingSystemFamily"] = typeof(TaskDefKit.Attributes.OperatingSystemFamilies),
            ["TaskDefinition.CpuArchitecture"] = typeof(TaskDefKit.Attributes.CpuArchitectures),
            ["ProxyConfiguration.Type"] = typeof(TaskDefKit.Attributes.ProxyConfigurationTypes),
            ["ProxyProperty.name"] = typeof(TaskDefKit.Attributes.ProxyProperties),
            ["DockerVolume.Scope"] = typeof(TaskDefKit.Attributes.DockerVolumeScopes),
            ["PortMapping.Protocol"] = typeof(TaskDefKit.Attributes.Protocols),
            ["PortMapping.AppProtocol"] = typeof(TaskDefKit.Attributes.AppProtocols),
            ["DependsOn.condition"] = typeof(TaskDefKit.Attributes.DependencyConditions),
            ["LogConfiguration.logDriver"] = typeof(TaskDefKit.Attributes.LogDrivers),
            ["FireLens.type"] = typeof(TaskDefKit.Attributes.FireLensTypes),
            ["Ulimit.name"] = typeof(TaskDefKit.Attributes.UlimitNames),
            ["ResourceRequirement.type"] = typeof(TaskDefKit.Attributes.ResourceTypes),
            ["Device.Permissions"] = typeof(TaskDefKit.Attributes.DevicePermissions),
        };

        /// <summary>The argument for <paramref name="value"/>, or null when <paramref name="conversion"/> cannot produce it.</summary>
        public static string? For(string attribute, string argument, Conversion conversion, JsonElement value)
        {
            Type? constants = s_constants.TryGetValue(attribute + "." + argument, out Type? holder) ? holder : null;
            switch (conversion)
            {
                case Conversion.String:
                    return value.ValueKind == JsonValueKind.String ? Text(value.GetString()!, constants) : null;
                case Conversion.Integer:
                    return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number.ToString(CultureInfo.InvariantCulture) : null;
                case Conversion.Boolean:
                    return value.ValueKind switch { JsonValueKind.True => "true", JsonValueKind.False => "false", _ => null };
                case Conversion.EnabledDisabled:
                    return value.ValueKind != JsonValueKind.String ? null : value.GetString() switch { "ENABLED" => "true", "DISABLED" => "false", _ => null };
                case Conversion.BooleanString:
                    return value.ValueKind != JsonValueKind.String ? null : value.GetString() switch { "true" => "true", "false" => "false", _ => null };
                case Conversion.StringAsList:
                    return value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 1 && value[0].ValueKind == JsonValueKind.String
                        ? Text(value[0].GetString()!, constants)
                        : null;
                case Conversion.StringList:
                    return Array(value, JsonValueKind.String, item => Text(item.GetString()!, constants));
                case Conversion.IntegerList:
                    return Array(value, JsonValueKind.Number, item => item.TryGetInt32(out int n) ? n.ToString(CultureInfo.InvariantCulture) : null);
                case Conversion.KeyValueMap:
                    return KeyValuePairs(value);
                default:
                    return null;
            }
        }

        /// <summary>The items of a <c>params</c> argument, written one by one (<c>[HealthCheck("CMD-SHELL", "…")]</c>).</summary>
        public static string Expanded(string arrayArgument) =>
            arrayArgument.StartsWith("new[] { ", StringComparison.Ordinal) ? arrayArgument.Substring(8, arrayArgument.Length - 10) : arrayArgument;

        private static string Text(string text, Type? constants)
        {
            if (constants != null)
            {
                foreach (FieldInfo field in constants.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    if (field.IsLiteral && field.GetRawConstantValue() is string known && known == text)
                    {
                        return constants.Name + "." + field.Name;
                    }
                }
            }

            return CSharpValues.String(text);
        }

        private static string? Array(JsonElement value, JsonValueKind kind, Func<JsonElement, string?> item)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
            {
                return null;
            }

            var items = new List<string>();
            foreach (JsonElement element in value.EnumerateArray())
            {
                string? written = element.ValueKind == kind ? item(element) : null;
                if (written is null)
                {
                    return null;
                }

                items.Add(written);
            }

            return "new[] { " + string.Join(", ", items) + " }";
        }

        /// <summary><c>"key=value"</c> entries; a key that is empty or holds <c>=</c> cannot be split back, so it cannot be written.</summary>
        private static string? KeyValuePairs(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var items = new List<string>();
            foreach (JsonProperty entry in value.EnumerateObject())
            {
                if (entry.Name.Length == 0 || entry.Name.Contains('=', StringComparison.Ordinal) || entry.Value.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                items.Add(CSharpValues.String(entry.Name + "=" + entry.Value.GetString()));
            }

            return items.Count == 0 ? null : "new[] { " + string.Join(", ", items) + " }";
        }
    }
}
