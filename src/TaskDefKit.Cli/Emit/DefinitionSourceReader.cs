using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;

namespace TaskDefKit.Cli.Emit
{
    /// <summary>One definition found in an assembly, already written as JSON by the assembly's own TaskDefKit.</summary>
    internal sealed class EmittedDefinition
    {
        public EmittedDefinition(string sourceType, byte[] json)
        {
            SourceType = sourceType;
            Json = json;
        }

        public string SourceType { get; }

        public byte[] Json { get; }
    }

    /// <summary>
    /// Finds <c>[assembly: TaskDefinitionSource(typeof(X))]</c> and collects X's definitions: from
    /// <c>ITaskDefinitionSource.GetTaskDefinitions()</c>, or from a public static <c>Definition</c> property. Types are
    /// matched by full name, because the assembly's TaskDefKit is not the tool's.
    /// </summary>
    internal static class DefinitionSourceReader
    {
        private const string AttributeName = "TaskDefKit.Registration.TaskDefinitionSourceAttribute";
        private const string InterfaceName = "TaskDefKit.Registration.ITaskDefinitionSource";
        private const string JsonWriterName = "TaskDefKit.Json.TaskDefinitionJson";

        public static List<EmittedDefinition> Read(Assembly assembly, List<string> problems)
        {
            var definitions = new List<EmittedDefinition>();
            foreach (CustomAttributeData attribute in assembly.GetCustomAttributesData())
            {
                if (attribute.AttributeType.FullName != AttributeName || attribute.ConstructorArguments.Count != 1 || attribute.ConstructorArguments[0].Value is not Type source)
                {
                    continue;
                }

                try
                {
                    foreach (object definition in DefinitionsOf(source))
                    {
                        definitions.Add(new EmittedDefinition(source.FullName ?? source.Name, Serialize(definition)));
                    }
                }
                catch (TargetInvocationException exception) when (exception.InnerException != null)
                {
                    problems.Add(source.FullName + " threw " + exception.InnerException.GetType().Name + ": " + exception.InnerException.Message);
                }
                catch (Exception exception) when (exception is MissingMethodException or InvalidOperationException or MemberAccessException or TypeLoadException)
                {
                    problems.Add(source.FullName + ": " + exception.Message);
                }
            }

            return definitions;
        }

        private static IEnumerable<object> DefinitionsOf(Type source)
        {
            Type? contract = source.GetInterface(InterfaceName);
            if (contract != null)
            {
                object instance = Activator.CreateInstance(source) ?? throw new InvalidOperationException("could not create an instance");
                MethodInfo method = contract.GetMethod("GetTaskDefinitions") ?? throw new MissingMethodException(InterfaceName, "GetTaskDefinitions");
                var result = (IEnumerable?)method.Invoke(instance, null);
                var list = new List<object>();
                foreach (object? definition in result ?? Array.Empty<object>())
                {
                    if (definition != null)
                    {
                        list.Add(definition);
                    }
                }

                return list;
            }

            PropertyInfo? property = source.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static);
            if (property is null)
            {
                throw new InvalidOperationException("implements neither ITaskDefinitionSource nor a public static Definition property");
            }

            object? single = property.GetValue(null);
            return single is null ? Array.Empty<object>() : new[] { single };
        }

        private static byte[] Serialize(object definition)
        {
            Type writer = definition.GetType().Assembly.GetType(JsonWriterName)
                ?? throw new InvalidOperationException("its TaskDefKit has no " + JsonWriterName);
            MethodInfo serialize = writer.GetMethod("SerializeToUtf8", new[] { definition.GetType(), typeof(bool) })
                ?? throw new MissingMethodException(JsonWriterName, "SerializeToUtf8");
            return (byte[])serialize.Invoke(null, new object[] { definition, true })!;
        }
    }
}
