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
            if (first < 0 || (bytes[first] != (byte)'{' && bytes[first] != (byte)'['))
            {
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

                    bool taskDefinition = reader.ValueTextEquals("taskDefinition");
                    placement |= reader.ValueTextEquals("placementStrategy") || reader.ValueTextEquals("placementConstraints");
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
