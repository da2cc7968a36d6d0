using System.Collections.Generic;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Finds the task definition resources of a CloudFormation template (JSON or YAML, already parsed).</summary>
    internal static class CloudFormationTemplate
    {
        /// <summary>True for a mapping with <c>Resources</c> or <c>AWSTemplateFormatVersion</c> at the top.</summary>
        public static bool IsTemplate(SourceNode root) =>
            root.Kind == SourceNodeKind.Mapping && (root.Get("Resources") != null || root.Get("AWSTemplateFormatVersion") != null);

        public static IEnumerable<TranslatedDocument> TaskDefinitions(SourceNode root)
        {
            SourceNode? resources = root.Get("Resources");
            if (resources is null || resources.Kind != SourceNodeKind.Mapping)
            {
                yield break;
            }

            foreach (KeyValuePair<string, SourceNode> resource in resources.Members)
            {
                SourceNode? type = resource.Value.Kind == SourceNodeKind.Mapping ? resource.Value.Get("Type") : null;
                if (type?.Kind == SourceNodeKind.Scalar && type.Text == CloudFormationTranslator.ResourceType)
                {
                    yield return CloudFormationTranslator.Translate(resource.Key, resource.Value, resource.Value.Get("Properties"));
                }
            }
        }
    }
}
