using System.Collections.Generic;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary><c>AWS::ECS::Cluster</c>: translated to CreateCluster input, read (unknown properties, wrong types) and judged by <see cref="ClusterValidator"/>, in the template's names.</summary>
    internal sealed class ClusterResource : ResourceKind
    {
        public override string ResourceType => "AWS::ECS::Cluster";

        public override RuleFamilies Judges => RuleFamilies.Service;

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(TranslationProfile.Cluster, resource.LogicalId, resource.Node, resource.Properties);
            List<RuleDiagnostic> findings = Findings(translated.Json, template.Display, options);
            List<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : Findings(translated.PlaceholderJson, template.Display, options);
            return translated.Place(findings, withPlaceholders, template.Display);
        }

        private static List<RuleDiagnostic> Findings(byte[] json, string display, ValidationOptions options)
        {
            EcsInputDocument<ClusterDefinition> document = ServiceJson.ParseCluster(json, display);
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            if (document.Value != null)
            {
                findings.AddRange(ClusterValidator.Validate(document.Value, options));
            }

            return findings;
        }
    }
}
