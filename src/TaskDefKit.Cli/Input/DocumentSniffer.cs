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
                    if (reader.ValueTextEquals("family") || reader.ValueTextEquals("containerDefinitions"))
                    {
                        return DocumentKind.TaskDefinitionJson;
                    }

                    if (reader.ValueTextEquals("Resources") || reader.ValueTextEquals("AWSTemplateFormatVersion"))
                    {
                        return DocumentKind.CloudFormationJson;
                    }

                    if (reader.ValueTextEquals("format_version") || reader.ValueTextEquals("terraform_version") || reader.ValueTextEquals("planned_values"))
                    {
                        return DocumentKind.TerraformPlanJson;
                    }

                    bool taskDefinition = reader.ValueTextEquals("taskDefinition");
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

        /// <summary>
        /// Placement members, and members only a CreateService, UpdateService or RunTask input has (a task definition
        /// has placementConstraints too, but then also family or containerDefinitions, which settle it first).
        /// </summary>
        private static bool IsPlacementOrServiceMember(ref Utf8JsonReader reader) =>
            reader.ValueTextEquals("placementStrategy") || reader.ValueTextEquals("placementConstraints") ||
            reader.ValueTextEquals("serviceName") || reader.ValueTextEquals("service") || reader.ValueTextEquals("cluster") ||
            reader.ValueTextEquals("desiredCount") || reader.ValueTextEquals("launchType") || reader.ValueTextEquals("schedulingStrategy") ||
            reader.ValueTextEquals("capacityProviderStrategy") || reader.ValueTextEquals("loadBalancers") ||
            reader.ValueTextEquals("deploymentConfiguration") || reader.ValueTextEquals("networkConfiguration");

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
