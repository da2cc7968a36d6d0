using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary><c>AWS::ECS::Cluster</c>: translated to CreateCluster input and read (unknown properties, wrong types), in the template's names.</summary>
    internal sealed class ClusterResource : ResourceKind
    {
        public override string ResourceType => "AWS::ECS::Cluster";

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(TranslationProfile.Cluster, resource.LogicalId, resource.Node, resource.Properties);
            EcsInputDocument<ClusterDefinition> document = ServiceJson.ParseCluster(translated.Json, template.Display);
            IReadOnlyList<RuleDiagnostic>? withPlaceholders = translated.PlaceholderJson is null ? null : ServiceJson.ParseCluster(translated.PlaceholderJson, template.Display).ReadDiagnostics;
            return translated.Place(document.ReadDiagnostics, withPlaceholders, template.Display);
        }
    }
}
