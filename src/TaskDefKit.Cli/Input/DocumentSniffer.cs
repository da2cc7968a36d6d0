using System;
using System.Text.Json;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// Decides a document's kind cheaply: the first non-blank character, then top-level member names only (values
    /// are skipped, not built), stopping at the first name that settles it, usually the very first.
    /// </summary>
    internal static class DocumentSniffer
    {
        public static DocumentKind Sniff(byte[] bytes, string path)
        {
            bool yamlExtension = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            bool jsonExtension = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            int first = FirstNonBlank(bytes);
            if (first >= 0 && bytes[first] == (byte)'"' && IsPlacementFragment(bytes.AsSpan(first)))
            {
                // "placementStrategy": [...] without braces, as the ECS documentation shows it.
                return DocumentKind.PlacementJson;
            }

            if (first < 0 || (bytes[first] != (byte)'{' && bytes[first] != (byte)'['))
            {
                if (Terraform.TerraformSniffer.IsHcl(bytes, first, path))
                {
                    return DocumentKind.TerraformHcl;
                }

                // Not JSON-looking: YAML unless the name says JSON (then the JSON reader reports the problem).
                return jsonExtension || (first < 0 && !yamlExtension) ? DocumentKind.TaskDefinitionJson : DocumentKind.Yaml;
            }

            if (yamlExtension && !IsWellFormedJson(bytes))
            {
                // Flow-style YAML ({Resources: {...}}) in a .yaml file is YAML, not broken JSON.
                return DocumentKind.Yaml;
            }

            if (bytes[first] == (byte)'[')
            {
                return DocumentKind.ContainerDefinitionsJson;
            }

            return SniffObject(bytes);
        }

        private static DocumentKind SniffObject(byte[] bytes)
        {
            bool placement = false;
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (JsonText.TextEquals(ref reader, "family") || JsonText.TextEquals(ref reader, "containerDefinitions"))
                    {
                        return DocumentKind.TaskDefinitionJson;
                    }

                    if (JsonText.TextEquals(ref reader, "Resources") || JsonText.TextEquals(ref reader, "AWSTemplateFormatVersion"))
                    {
                        return DocumentKind.CloudFormationJson;
                    }

                    if (JsonText.TextEquals(ref reader, "format_version") || JsonText.TextEquals(ref reader, "terraform_version") || JsonText.TextEquals(ref reader, "planned_values"))
                    {
                        return DocumentKind.TerraformPlanJson;
                    }

                    bool taskDefinition = JsonText.TextEquals(ref reader, "taskDefinition");
                    placement |= IsPlacementOrServiceMember(ref reader);
                    reader.Read();
                    if (taskDefinition && reader.TokenType == JsonTokenType.StartObject)
                    {
                        return DocumentKind.TaskDefinitionJson;
                    }

                    reader.Skip();
                }
            }
            catch (JsonException)
            {
                // Malformed: the task definition reader reports it with its position.
            }

            return placement ? DocumentKind.PlacementJson : DocumentKind.TaskDefinitionJson;
        }

        private static bool IsWellFormedJson(byte[] bytes)
        {
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                while (reader.Read())
                {
                }

                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>
        /// Placement members, and members only a CreateService, UpdateService or RunTask input has (a task definition
        /// has placementConstraints too, but then also family or containerDefinitions, which settle it first).
        /// </summary>
        private static bool IsPlacementOrServiceMember(ref Utf8JsonReader reader) =>
            JsonText.TextEquals(ref reader, "placementStrategy") || JsonText.TextEquals(ref reader, "placementConstraints") ||
            JsonText.TextEquals(ref reader, "serviceName") || JsonText.TextEquals(ref reader, "service") || JsonText.TextEquals(ref reader, "cluster") ||
            JsonText.TextEquals(ref reader, "desiredCount") || JsonText.TextEquals(ref reader, "launchType") || JsonText.TextEquals(ref reader, "schedulingStrategy") ||
            JsonText.TextEquals(ref reader, "capacityProviderStrategy") || JsonText.TextEquals(ref reader, "loadBalancers") ||
            JsonText.TextEquals(ref reader, "deploymentConfiguration") || JsonText.TextEquals(ref reader, "networkConfiguration");

        private static bool IsPlacementFragment(ReadOnlySpan<byte> text) =>
            text.StartsWith("\"placementStrategy\""u8) || text.StartsWith("\"placementConstraints\""u8);

        private static int FirstNonBlank(byte[] bytes)
        {
            int i = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            for (; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
