using System.Collections.Generic;
using System.Linq;

namespace TaskDefKit.Cli.Input.CloudFormation
{
    /// <summary>
    /// What an <c>AWS::ApplicationAutoScaling::ScalableTarget</c> of a template scales, as far as the template fixes it:
    /// its <c>ResourceId</c> resolved (<see cref="TemplateStrings"/>), and the <c>AWS::ECS::Service</c> of the template
    /// that id refers to. The one resolution that the target itself, the policies and scheduled actions that take their
    /// resource from it (<c>ScalingTargetId</c>, <c>ScheduledActions</c>) and the service's TDK7025 link all use.
    /// </summary>
    internal sealed class ScalableTargetIdentity
    {
        public const string ResourceType = "AWS::ApplicationAutoScaling::ScalableTarget";

        private const string ServiceType = "AWS::ECS::Service";

        private ScalableTargetIdentity(string? resourceId, string? scaledService, string? serviceNamespace = null, string? dimension = null)
        {
            ResourceId = resourceId;
            ScaledService = scaledService;
            Namespace = serviceNamespace;
            Dimension = dimension;
        }

        /// <summary>The <c>ServiceNamespace</c> when the template fixes it (not an intrinsic), else null.</summary>
        public string? Namespace { get; }

        /// <summary>The <c>ScalableDimension</c> when the template fixes it, else null.</summary>
        public string? Dimension { get; }

        /// <summary>
        /// The resource id with each reference to a name written as <c>${Cluster}</c> or <c>${Web.Name}</c>
        /// (<c>service/${Cluster}/${Web.Name}</c>), so its shape can be judged; null when the template does not fix it
        /// (a parameter, an import, a condition, an ARN) or it is no string.
        /// </summary>
        public string? ResourceId { get; }

        /// <summary>The logical ID of the template's <c>AWS::ECS::Service</c> that the resource id refers to, or null.</summary>
        public string? ScaledService { get; }

        /// <summary>The identity of a scalable target resource (a resource of another type has none: null).</summary>
        public static ScalableTargetIdentity? Of(TemplateResource target, TemplateContext template)
        {
            if (target.Type != ResourceType || target.Properties?.Kind != SourceNodeKind.Mapping)
            {
                return null;
            }

            ScalableTargetIdentity resource = OfResourceId(target.Properties.Get("ResourceId"), template);
            return new ScalableTargetIdentity(resource.ResourceId, resource.ScaledService, Literal(target.Properties, "ServiceNamespace"), Literal(target.Properties, "ScalableDimension"));
        }

        /// <summary>The resolution of a <c>ResourceId</c> value (a scalable target's, or a policy's that names its resource itself).</summary>
        public static ScalableTargetIdentity OfResourceId(SourceNode? resourceId, TemplateContext template)
        {
            List<TemplateStrings.Part>? parts = resourceId is null ? null : TemplateStrings.Parts(resourceId);
            if (parts is null)
            {
                // Not made of literals and references: its text is unknown, but a reference inside still names the service.
                return new ScalableTargetIdentity(null, resourceId is null ? null : ReferencedService(TemplateReferences.All(resourceId).Select(reference => reference.Target), template));
            }

            IEnumerable<string> references = parts.Where(part => part.Target != null).Select(part => part.Target!);
            return new ScalableTargetIdentity(TemplateStrings.Text(parts, part => IsName(part, template)), ReferencedService(references, template));
        }

        /// <summary>
        /// True when the referenced value is a plain name: <c>Ref</c> of a cluster (its name) or <c>GetAtt Name</c> of a
        /// service. <c>Ref</c> of a service is its ARN, and a parameter or another resource's value is unknown.
        /// </summary>
        private static bool IsName(TemplateStrings.Part part, TemplateContext template)
        {
            if (part.Target is null || !template.Resources.TryGetValue(part.Target, out TemplateResource? resource))
            {
                return false;
            }

            return (resource.Type == "AWS::ECS::Cluster" && part.Attribute is null) || (resource.Type == ServiceType && part.Attribute == "Name");
        }

        private static string? Literal(SourceNode properties, string name)
        {
            SourceNode? node = properties.Get(name);
            return node != null && node.Kind == SourceNodeKind.Scalar && !CloudFormationTranslator.IsIntrinsic(node) && !TranslationWriter.IsNull(node) ? node.Text : null;
        }

        private static string? ReferencedService(IEnumerable<string> references, TemplateContext template)
        {
            foreach (string target in references)
            {
                if (template.Resources.TryGetValue(target, out TemplateResource? resource) && resource.Type == ServiceType)
                {
                    return target;
                }
            }

            return null;
        }
    }
}
