using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model;
using TaskDefKit.Model.Schema;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Translates the <c>Properties</c> of a CloudFormation resource into its API input JSON (a task definition's into
    /// register input, a service's into CreateService input: <see cref="CloudFormation.TranslationProfile"/>), driven
    /// by the model's schema: property names are matched by <see cref="CloudFormationNames"/> (CloudFormation's names,
    /// <c>ProxyConfigurationProperties</c>, <c>EFSVolumeConfiguration</c> and <c>PlacementStrategies</c> included, and
    /// the API's in any case, <c>FilesystemId</c>; the writer uses the same table), map keys (<c>Options</c>,
    /// <c>DockerLabels</c>, <c>DriverOpts</c>, <c>Labels</c>) stay as written, and scalars are coerced the way
    /// CloudFormation coerces them (<c>Cpu: 256</c> is the string "256"). Intrinsic functions are unknown values: the
    /// member is left out and findings about it are dropped. A second translation writes a placeholder in place of
    /// each unknown member, so that a finding caused by the member's absence (a missing <c>executionRoleArn</c>
    /// given as <c>!GetAtt</c>, a <c>User</c> given as <c>!Ref</c>) is dropped too: see <see cref="TranslatedDocument"/>.
    /// </summary>
    internal static class CloudFormationTranslator
    {
        public const string ResourceType = "AWS::ECS::TaskDefinition";

        public static TranslatedDocument Translate(string logicalId, SourceNode resource, SourceNode? properties) =>
            Translate(CloudFormation.TranslationProfile.TaskDefinition, logicalId, resource, properties);

        /// <summary>The resource's properties as the API input the profile names (a service's as CreateService input …).</summary>
        public static TranslatedDocument Translate(CloudFormation.TranslationProfile profile, string logicalId, SourceNode resource, SourceNode? properties)
        {
            TranslatedDocument document = Translate(profile, logicalId, resource, properties, placeholders: false, out bool skipped, out Dictionary<string, string> names);
            document.Naming = jsonName => TemplateName(jsonName, names);
            if (skipped)
            {
                document.PlaceholderJson = Translate(profile, logicalId, resource, properties, placeholders: true, out _, out _).Json;
            }

            return document;
        }

        private static TranslatedDocument Translate(CloudFormation.TranslationProfile profile, string logicalId, SourceNode resource, SourceNode? properties, bool placeholders, out bool skipped, out Dictionary<string, string> names)
        {
            using var writer = new TranslationWriter { Placeholders = placeholders, Profile = profile };
            names = writer.SourceNames;
            skipped = false;
            writer.Record(string.Empty, properties ?? resource);
            if (properties is null || properties.Kind != SourceNodeKind.Mapping || IsIntrinsic(properties))
            {
                writer.Json.WriteStartObject();
                if (profile.FamilyDefault)
                {
                    WriteFamilyDefault(writer, logicalId);
                }

                writer.Json.WriteEndObject();
                if (properties != null)
                {
                    writer.Unknown.Add(string.Empty);
                }

                return writer.Finish("Resources/" + logicalId);
            }

            WriteObject(writer, properties, profile.Schema, string.Empty, profile.FamilyDefault ? logicalId : null);
            skipped = writer.SkippedIntrinsic;
            return writer.Finish("Resources/" + logicalId);
        }

        /// <summary>
        /// The template's name for an input member name: as this template spells it where it uses the member
        /// (a misspelt <c>PortMapping</c> stays as written), else CloudFormation's name for it (<c>PortMappings</c>,
        /// <c>PlacementStrategies</c>; <see cref="CloudFormationNames"/>).
        /// </summary>
        public static string TemplateName(string jsonName, Dictionary<string, string> spelledInTemplate)
        {
            if (spelledInTemplate.TryGetValue(jsonName, out string? spelled))
            {
                return spelled;
            }

            return CloudFormationNames.PropertyName(jsonName);
        }

        /// <summary><c>Ref</c>, <c>Fn::*</c> (long form) or a <c>!Tag</c> (short form).</summary>
        public static bool IsIntrinsic(SourceNode node)
        {
            if (node.Tag != null && node.Tag.StartsWith("!", StringComparison.Ordinal) && !node.Tag.StartsWith("!!", StringComparison.Ordinal))
            {
                return true;
            }

            if (node.Kind == SourceNodeKind.Mapping && node.Members.Count == 1)
            {
                string key = node.Members[0].Key;
                return key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal);
            }

            return false;
        }

        private static void WriteObject(TranslationWriter writer, SourceNode node, ClassSchema schema, string pointer, string? logicalIdForFamily)
        {
            writer.Record(pointer, node);
            writer.Json.WriteStartObject();
            bool hasFamily = false;
            bool transformed = false;
            for (int i = 0; i < node.Members.Count; i++)
            {
                KeyValuePair<string, SourceNode> property = node.Members[i];
                if (property.Key == "Fn::Transform")
                {
                    // A macro rewrites this object at deploy time: not a member, and any member it lacks may be added.
                    transformed = true;
                    continue;
                }

                if (pointer.Length == 0 && writer.Profile.CloudFormationOnly.Contains(property.Key))
                {
                    // CloudFormation's own property (a service's ForceNewDeployment): not part of the API input.
                    continue;
                }

                MemberSchema? member = CloudFormationNames.FindMember(schema, property.Key);
                string name = member?.JsonName ?? UnknownMemberName(schema, property.Key);
                string memberPointer = JsonPointer.Member(pointer, name);
                writer.KeyPositions[memberPointer] = node.KeyPositions[i];
                writer.SourceNames[name] = property.Key;
                if (name == "family")
                {
                    hasFamily = true;
                }

                if (IsIntrinsic(property.Value))
                {
                    writer.Unknown.Add(memberPointer);
                    writer.SkippedIntrinsic = true;
                    if (writer.Placeholders)
                    {
                        writer.Json.WritePropertyName(name);
                        writer.WritePlaceholder(member, name);
                    }

                    continue;
                }

                writer.Json.WritePropertyName(name);
                if (member is null)
                {
                    writer.WriteGeneric(property.Value, memberPointer);
                }
                else
                {
                    WriteMember(writer, property.Value, member, memberPointer);
                }
            }

            if (logicalIdForFamily != null && !hasFamily)
            {
                WriteFamilyDefault(writer, logicalIdForFamily);
            }

            if (transformed)
            {
                writer.UnknownExact.Add(pointer);
                foreach (MemberSchema member in schema.Members)
                {
                    string memberPointer = JsonPointer.Member(pointer, member.JsonName);
                    if (!writer.Positions.ContainsKey(memberPointer))
                    {
                        writer.Unknown.Add(memberPointer);
                    }
                }
            }

            writer.Json.WriteEndObject();
        }

        /// <summary>CloudFormation names the family after the stack when it is left out; it is never missing.</summary>
        private static void WriteFamilyDefault(TranslationWriter writer, string logicalId)
        {
            writer.Json.WriteString("family", logicalId);
            writer.Unknown.Add("/family");
        }

        private static void WriteMember(TranslationWriter writer, SourceNode value, MemberSchema member, string pointer)
        {
            switch (member.Kind)
            {
                case SchemaKind.Object when value.Kind == SourceNodeKind.Mapping && member.ObjectSchema != null:
                    WriteObject(writer, value, member.ObjectSchema, pointer, null);
                    break;
                case SchemaKind.List when value.Kind == SourceNodeKind.Sequence:
                    WriteList(writer, value, member, pointer);
                    break;
                case SchemaKind.Map when value.Kind == SourceNodeKind.Mapping:
                    writer.Record(pointer, value);
                    writer.Json.WriteStartObject();
                    foreach (KeyValuePair<string, SourceNode> entry in value.Members)
                    {
                        string entryPointer = JsonPointer.Member(pointer, entry.Key);
                        if (IsIntrinsic(entry.Value))
                        {
                            writer.Unknown.Add(entryPointer);
                            writer.SkippedIntrinsic = true;
                            if (writer.Placeholders)
                            {
                                writer.Json.WriteString(entry.Key, TranslationWriter.PlaceholderText);
                            }

                            continue;
                        }

                        writer.Json.WritePropertyName(entry.Key);
                        WriteScalar(writer, entry.Value, SchemaKind.String, entryPointer);
                    }

                    writer.Json.WriteEndObject();
                    break;
                default:
                    WriteScalar(writer, value, member.Kind, pointer);
                    break;
            }
        }

        private static void WriteList(TranslationWriter writer, SourceNode list, MemberSchema member, string pointer)
        {
            writer.Record(pointer, list);
            writer.Json.WriteStartArray();
            int index = 0;
            foreach (SourceNode item in list.Items)
            {
                if (IsIntrinsic(item))
                {
                    // The item may or may not exist at deploy time; the list as a whole is not judged.
                    writer.UnknownExact.Add(pointer);
                    continue;
                }

                string itemPointer = JsonPointer.Index(pointer, index++);
                if (member.ElementKind == SchemaKind.Object && item.Kind == SourceNodeKind.Mapping && member.ObjectSchema != null)
                {
                    WriteObject(writer, item, member.ObjectSchema, itemPointer, null);
                }
                else
                {
                    WriteScalar(writer, item, member.ElementKind, itemPointer);
                }
            }

            writer.Json.WriteEndArray();
        }

        private static void WriteScalar(TranslationWriter writer, SourceNode value, SchemaKind kind, string pointer)
        {
            if (value.Kind != SourceNodeKind.Scalar || TranslationWriter.IsNull(value))
            {
                // Wrong shape or null: copied as it is, so the reader reports it like any JSON input.
                writer.WriteGeneric(value, pointer);
                return;
            }

            writer.Record(pointer, value);
            string text = value.Text!;
            switch (kind)
            {
                case SchemaKind.Integer:
                case SchemaKind.Long:
                case SchemaKind.Number:
                    // CloudFormation takes a number as a number or a string ("256", "50.5"): one rule for every numeric kind,
                    // the one plain scalars follow. Text that is no number stays a string, for the reader to report.
                    if (!writer.TryWriteNumber(text))
                    {
                        writer.Json.WriteStringValue(text);
                    }

                    break;
                case SchemaKind.Boolean when TranslationWriter.TryBoolean(text, out bool flag):
                    writer.Json.WriteBooleanValue(flag);
                    break;
                case SchemaKind.Object:
                case SchemaKind.List:
                case SchemaKind.Map:
                    writer.WriteGeneric(value, pointer);
                    break;
                default:
                    writer.Json.WriteStringValue(text);
                    break;
            }
        }

        /// <summary>
        /// The input name for a property the schema does not have, so the reader reports it under the API's own naming:
        /// camelCase for ECS (<c>PortMapping</c> → <c>portMapping</c>), as written for the PascalCase APIs (Application
        /// Auto Scaling's <c>MinCapacty</c> stays <c>MinCapacty</c>).
        /// </summary>
        private static string UnknownMemberName(ClassSchema schema, string name)
        {
            bool pascalCase = schema.Members.Count > 0 && char.IsUpper(schema.Members[0].JsonName[0]);
            return pascalCase || name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);
        }
    }
}
