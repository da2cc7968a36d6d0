using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// <c>AWS::ECS::Service</c>: translated to CreateService input and judged by the placement and service rules,
    /// against the task definition its <c>TaskDefinition</c> names when that is a resource of the same template
    /// (<c>!Ref X</c>, <c>!GetAtt X.TaskDefinitionArn</c>, their long forms). A parameter, an import, an ARN or a
    /// reference that does not resolve leaves the task definition unknown: the cross-checks stay silent.
    /// </summary>
    internal sealed class ServiceResource : ResourceKind
    {
        /// <summary>
        /// The task definition members the cross-checks read: when the template leaves one of them unknown (an
        /// intrinsic), the task definition is unknown to the cross-checks as a whole (a guess is never a finding).
        /// </summary>
        private static readonly string[] s_crossCheckedMembers =
        {
            "/requiresCompatibilities", "/networkMode", "/cpu", "/memory", "/runtimePlatform", "/volumes", "/placementConstraints",
        };

        public override string ResourceType => "AWS::ECS::Service";

        public override IEnumerable<RuleDiagnostic> Judge(TemplateResource resource, TemplateContext template, ValidationOptions options)
        {
            TranslatedDocument translated = CloudFormationTranslator.Translate(TranslationProfile.Service, resource.LogicalId, resource.Node, resource.Properties);
            TaskDefinition? taskDefinition = ReferencedTaskDefinition(resource, template);
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(translated.Json, template.Display);
            if (document.Value is null)
            {
                return new RuleDiagnostic[0];
            }

            // CloudFormation gives DesiredCount a default: its absence is not the CreateService input's missing count.
            var surroundings = new ServiceSurroundings { DesiredCountHasDefault = true, HasScalableTarget = IsScaled(resource, template) };
            var findings = new List<RuleDiagnostic>(document.ReadDiagnostics);
            findings.AddRange(ServiceValidator.Validate(document.Value, taskDefinition, options, surroundings));
            List<RuleDiagnostic>? withPlaceholders = null;
            if (translated.PlaceholderJson != null && ServiceJson.ParseService(translated.PlaceholderJson, template.Display) is { Value: not null } placeholder)
            {
                withPlaceholders = new List<RuleDiagnostic>(placeholder.ReadDiagnostics);
                withPlaceholders.AddRange(ServiceValidator.Validate(placeholder.Value, taskDefinition, options, surroundings));
            }

            return translated.Place(findings, withPlaceholders, template.Display);
        }

        /// <summary>
        /// An <c>AWS::ApplicationAutoScaling::ScalableTarget</c> of the same template whose <c>ResourceId</c> refers to this
        /// service (<c>!GetAtt Service.Name</c>, <c>!Ref</c>, in <c>!Sub service/${Cluster}/${Service.Name}</c> or a <c>!Join</c>):
        /// <see cref="ScalableTargetIdentity"/>, the resolution the scalable target is judged with.
        /// </summary>
        private static bool IsScaled(TemplateResource service, TemplateContext template)
        {
            foreach (TemplateResource candidate in template.InOrder)
            {
                if (ScalableTargetIdentity.Of(candidate, template)?.ScaledService == service.LogicalId)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The task definition resource the service's <c>TaskDefinition</c> refers to, when it is in the template and what the cross-checks read of it is known.</summary>
        private static TaskDefinition? ReferencedTaskDefinition(TemplateResource service, TemplateContext template)
        {
            SourceNode? reference = service.Properties?.Kind == SourceNodeKind.Mapping ? service.Properties.Get("TaskDefinition") : null;
            string? target = reference is null ? null : TemplateReferences.Target(reference);
            if (target is null || !template.Resources.TryGetValue(target, out TemplateResource? resource) || resource.Type != CloudFormationTranslator.ResourceType)
            {
                return null;
            }

            TranslatedDocument translated = template.TaskDefinition(resource);
            if (CrossCheckedMemberUnknown(translated))
            {
                return null;
            }

            return TaskDefinitionDocument.Parse(translated.Json).Definition;
        }

        private static bool CrossCheckedMemberUnknown(TranslatedDocument translated)
        {
            foreach (string pointer in s_crossCheckedMembers)
            {
                if (translated.IsUnknown(pointer) || translated.UnknownExact.Contains(pointer))
                {
                    return true;
                }
            }

            if (translated.IsUnknown("/containerDefinitions") || translated.UnknownExact.Contains("/containerDefinitions"))
            {
                return true;
            }

            foreach (string pointer in translated.Unknown)
            {
                // A whole container, its name or its port mappings: what the load balancer and Service Connect checks read.
                if (pointer.StartsWith("/containerDefinitions/", System.StringComparison.Ordinal))
                {
                    string[] parts = pointer.Split('/');
                    if (parts.Length == 3 || (parts.Length >= 4 && (parts[3] == "name" || parts[3] == "portMappings")))
                    {
                        return true;
                    }
                }
            }

            foreach (string pointer in translated.UnknownExact)
            {
                if (pointer.StartsWith("/containerDefinitions/", System.StringComparison.Ordinal) && pointer.Contains("/portMappings", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
