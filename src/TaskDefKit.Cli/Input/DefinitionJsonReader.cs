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
                    case DocumentKind.PlacementJson:
                        problem = "placement input, not a task definition";
                        return null;
                    case DocumentKind.ApiInput:
                        problem = DocumentSniffer.Recognise(bytes, item.Path).Name + ", not a task definition";
                        return null;
                    case DocumentKind.CloudFormationJson:
                    case DocumentKind.Yaml:
                    case DocumentKind.TerraformHcl:
                    case DocumentKind.TerraformPlanJson:
                        // A template, a .tf file or a plan may hold several: the first (DefinitionSet reads them all).
                        return DefinitionSet.Read(bytes, item, out problem)?[0].Json;
                    default:
                        problem = "not a task definition";
                        return null;
                }
            }
            catch (SourceParseException exception)
            {
                problem = exception.Line + ":" + exception.Column + ": " + exception.Message;
                return null;
            }
        }
    }
}
