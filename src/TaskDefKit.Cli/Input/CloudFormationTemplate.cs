using System.Collections.Generic;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input
{
    /// <summary>Judges a CloudFormation template (JSON or YAML, already parsed) resource by resource, each by its <see cref="ResourceKind"/>.</summary>
    internal static class CloudFormationTemplate
    {
        /// <summary>What judging one template found, and how many task definitions and other inputs it held.</summary>
        internal readonly struct Outcome
        {
            public Outcome(List<RuleDiagnostic> findings, int definitions, int others)
            {
                Findings = findings;
                Definitions = definitions;
                Others = others;
            }

            public List<RuleDiagnostic> Findings { get; }

            public int Definitions { get; }

            public int Others { get; }
        }

        /// <summary>The template's shape findings, then each judged resource's findings (resources in template order).</summary>
        public static Outcome Judge(SourceNode root, string display, ValidationOptions options, byte[]? source = null)
        {
            var findings = new List<RuleDiagnostic>(ShapeFindings(root, display));
            var template = new TemplateContext(root, display) { Source = source };
            findings.AddRange(CircularReferences.Find(template));
            int definitions = 0, others = 0;
            foreach (TemplateResource resource in template.InOrder)
            {
                ResourceKind? kind = ResourceKinds.Find(resource.Type);
                if (kind is null || resource.Node.Kind != SourceNodeKind.Mapping)
                {
                    continue;
                }

                if (kind.IsTaskDefinition)
                {
                    definitions++;
                }
                else
                {
                    others++;
                }

                findings.AddRange(kind.Judge(resource, template, options));
            }

            return new Outcome(findings, definitions, others);
        }

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
                if (IsTaskDefinition(resource.Value))
                {
                    yield return CloudFormationTranslator.Translate(resource.Key, resource.Value, resource.Value.Get("Properties"));
                }
            }
        }

        /// <summary>
        /// A template whose structure CloudFormation rejects before it looks at any property (<c>Resources: 5</c>,
        /// <c>Resources: [1, 2]</c>, a resource that is not a mapping, <c>Properties: hello</c> on a task definition):
        /// one TDK1010 finding each, at the offending value, with the template's own pointer.
        /// </summary>
        public static IEnumerable<RuleDiagnostic> ShapeFindings(SourceNode root, string display)
        {
            SourceNode? resources = root.Get("Resources");
            if (resources is null)
            {
                yield break;
            }

            if (resources.Kind != SourceNodeKind.Mapping)
            {
                yield return Finding("'Resources' must be a mapping of logical IDs to resources, not " + Describe(resources) + ".", "/Resources", resources, display);
                yield break;
            }

            foreach (KeyValuePair<string, SourceNode> resource in resources.Members)
            {
                string pointer = JsonPointer.Member("/Resources", resource.Key);
                if (resource.Value.Kind != SourceNodeKind.Mapping)
                {
                    yield return Finding("The resource '" + resource.Key + "' must be a mapping with 'Type' and 'Properties', not " + Describe(resource.Value) + ".", pointer, resource.Value, display);
                    continue;
                }

                SourceNode? properties = resource.Value.Get("Properties");
                if (ResourceKinds.Find(new TemplateResource(resource.Key, resource.Value).Type) != null && properties != null && properties.Kind != SourceNodeKind.Mapping &&
                    !CloudFormationTranslator.IsIntrinsic(properties) && !(properties.Kind == SourceNodeKind.Scalar && TranslationWriter.IsNull(properties)))
                {
                    yield return Finding("'Properties' of the resource '" + resource.Key + "' must be a mapping of its properties, not " + Describe(properties) + ".", pointer + "/Properties", properties, display);
                }
            }
        }

        private static bool IsTaskDefinition(SourceNode resource)
        {
            SourceNode? type = resource.Kind == SourceNodeKind.Mapping ? resource.Get("Type") : null;
            return type?.Kind == SourceNodeKind.Scalar && type.Text == CloudFormationTranslator.ResourceType;
        }

        private static string Describe(SourceNode node) =>
            node.Kind == SourceNodeKind.Sequence ? "a list" :
            node.Kind == SourceNodeKind.Mapping ? "a mapping" :
            node.Text is null ? "null" : "the scalar '" + (node.Text.Length > 40 ? node.Text.Substring(0, 40) + "…" : node.Text) + "'";

        private static RuleDiagnostic Finding(string message, string pointer, SourceNode at, string display) =>
            new RuleDiagnostic(RuleIds.JsonType, RuleCatalog.Get(RuleIds.JsonType).DefaultSeverity, message, pointer, new SourceLocation(display, at.Line, at.Column));
    }
}
