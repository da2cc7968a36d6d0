using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.Cli.Input.Terraform;

namespace TaskDefKit.Cli.Input
{
    /// <summary>One task definition of a file, as register-input JSON, with what names it in that file.</summary>
    internal sealed class NamedDefinition
    {
        /// <summary>A definition named <paramref name="label"/>, or when that is null by its family (else <paramref name="fallback"/>).</summary>
        public NamedDefinition(string? label, byte[] json, string fallback = "")
        {
            Json = json;
            Family = FamilyOf(json);
            Label = label ?? Family ?? fallback;
        }

        /// <summary>The CloudFormation logical ID, the Terraform address, or (a file of one definition) its family.</summary>
        public string Label { get; }

        public string? Family { get; }

        public byte[] Json { get; }

        private static string? FamilyOf(byte[] json)
        {
            try
            {
                using JsonDocument document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = TaskDefKit.Json.JsonDocumentReader.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
                JsonElement root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("taskDefinition", out JsonElement inner) && inner.ValueKind == JsonValueKind.Object)
                {
                    root = inner;
                }

                return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("family", out JsonElement family) && family.ValueKind == JsonValueKind.String
                    ? family.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Every task definition of a file, in file order: each <c>AWS::ECS::TaskDefinition</c> of a CloudFormation
    /// template (labelled with its logical ID), each <c>aws_ecs_task_definition</c> of a .tf file or plan (labelled
    /// with its address); a file of one definition (register input, describe output, container definitions) gives it
    /// through <see cref="DefinitionJsonReader"/>, labelled with its family.
    /// </summary>
    internal static class DefinitionSet
    {
        /// <summary>The definitions, or null with <paramref name="problem"/> saying why there are none.</summary>
        public static List<NamedDefinition>? Read(byte[] bytes, InputItem item, out string? problem)
        {
            problem = null;
            var definitions = new List<NamedDefinition>();
            try
            {
                DocumentKind kind = DocumentSniffer.Sniff(bytes, item.Path);
                switch (kind)
                {
                    case DocumentKind.TerraformHcl:
                    {
                        TerraformHclContent content = TerraformHclReader.Read(bytes, item.Path);
                        if (content.Error != null)
                        {
                            problem = content.Error.Line + ":" + content.Error.Column + ": " + content.Error.Message;
                            return null;
                        }

                        AddTerraform(definitions, content.Resources);
                        break;
                    }

                    case DocumentKind.TerraformPlanJson:
                        AddTerraform(definitions, TerraformPlanReader.Read(JsonSourceReader.Read(bytes)));
                        break;
                    case DocumentKind.Yaml:
                    case DocumentKind.CloudFormationJson:
                    {
                        SourceNode root = kind == DocumentKind.Yaml ? YamlSourceReader.Read(bytes) : JsonSourceReader.Read(bytes);
                        foreach (TranslatedDocument definition in CloudFormationTemplate.TaskDefinitions(root))
                        {
                            string label = definition.Label ?? "Resources/" + definitions.Count;
                            definitions.Add(new NamedDefinition(label.StartsWith("Resources/", System.StringComparison.Ordinal) ? label.Substring("Resources/".Length) : label, definition.Json));
                        }

                        break;
                    }

                    default:
                    {
                        byte[]? json = DefinitionJsonReader.Read(bytes, item, out problem);
                        if (json is null)
                        {
                            return null;
                        }

                        definitions.Add(new NamedDefinition(null, json, item.DisplayPath));
                        break;
                    }
                }
            }
            catch (SourceParseException exception)
            {
                problem = exception.Line + ":" + exception.Column + ": " + exception.Message;
                return null;
            }

            if (definitions.Count == 0)
            {
                problem = "no task definition in the file";
                return null;
            }

            return definitions;
        }

        private static void AddTerraform(List<NamedDefinition> definitions, List<TerraformResource> resources)
        {
            foreach (TerraformResource resource in resources)
            {
                definitions.Add(new NamedDefinition(resource.Address, TerraformTaskDefinition.Translate(resource, new List<(string, int, int)>()).Json));
            }
        }
    }
}
