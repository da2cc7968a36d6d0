using System.Collections.Generic;
using TaskDefKit.Cli.Input.Terraform;

namespace TaskDefKit.Cli.Input
{
    /// <summary>
    /// One task definition as register-input JSON from any form TaskDefKit reads: register input, describe output,
    /// a container_definitions array, a CloudFormation template (JSON or YAML), a .tf file or a plan. Forms that hold
    /// several definitions give the first; values unknown before deploy (intrinsics, variables) are left out.
    /// </summary>
    internal static class DefinitionJsonReader
    {
        /// <summary>The JSON, or null with <paramref name="problem"/> saying why.</summary>
        public static byte[]? Read(byte[] bytes, InputItem item, out string? problem)
        {
            problem = null;
            try
            {
                switch (DocumentSniffer.Sniff(bytes, item.Path))
                {
                    case DocumentKind.TaskDefinitionJson:
                        return bytes;
                    case DocumentKind.ContainerDefinitionsJson:
                        return TerraformContainerDefinitions.Translate(JsonSourceReader.Read(bytes), new TaskSettings(), item.Path).Json;
                    case DocumentKind.TerraformHcl:
                    {
                        TerraformHclContent content = TerraformHclReader.Read(bytes, item.Path);
                        if (content.Error != null)
                        {
                            problem = content.Error.Line + ":" + content.Error.Column + ": " + content.Error.Message;
                            return null;
                        }

                        return First(content.Resources, out problem);
                    }

                    case DocumentKind.TerraformPlanJson:
                        return First(TerraformPlanReader.Read(JsonSourceReader.Read(bytes)), out problem);
                    case DocumentKind.PlacementJson:
                        problem = "placement input, not a task definition";
                        return null;
                    case DocumentKind.ApiInput:
                        problem = DocumentSniffer.Recognise(bytes, item.Path).Name + ", not a task definition";
                        return null;
                    default:
                    {
                        SourceNode root = DocumentSniffer.Sniff(bytes, item.Path) == DocumentKind.Yaml ? YamlSourceReader.Read(bytes) : JsonSourceReader.Read(bytes);
                        foreach (TranslatedDocument definition in CloudFormationTemplate.TaskDefinitions(root))
                        {
                            return definition.Json;
                        }

                        problem = "no task definition in the file";
                        return null;
                    }
                }
            }
            catch (SourceParseException exception)
            {
                problem = exception.Line + ":" + exception.Column + ": " + exception.Message;
                return null;
            }
        }

        private static byte[]? First(List<TerraformResource> resources, out string? problem)
        {
            problem = null;
            if (resources.Count == 0)
            {
                problem = "no " + TerraformResource.TaskDefinitionType + " in the file";
                return null;
            }

            return TerraformTaskDefinition.Translate(resources[0], new List<(string, int, int)>()).Json;
        }
    }
}
