using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9101: an ECS service's scalable target, policy or scheduled action uses <c>ServiceNamespace</c> <c>ecs</c>,
    /// <c>ScalableDimension</c> <c>ecs:service:DesiredCount</c> and <c>ResourceId</c>
    /// <c>service/&lt;cluster&gt;/&lt;service&gt;</c>; a mix of services' values registers nothing.
    /// </summary>
    /// <remarks>Source: Application Auto Scaling API reference, RegisterScalableTarget: ResourceId ("ECS service - The resource type is service and the unique identifier is the cluster name and service name. Example: service/my-cluster/my-service") and ScalableDimension ("ecs:service:DesiredCount").</remarks>
    [Rule("TDK9101", "ScalingEcsServiceResource", RuleSeverity.Error, "Scaling resource is not an ECS service's desired count")]
    internal sealed class Tdk9101ScalingEcsServiceResource : ScalingRule
    {
        public override string Id => RuleIds.ScalingEcsServiceResource;

        public override void Check(ScalingValidationContext context)
        {
            if (!context.IsEcs || !(context.Resource is { } resource))
            {
                return;
            }

            if (resource.Namespace?.Value != "ecs")
            {
                context.Report(Id, "/ServiceNamespace", MemberName.Mark("ServiceNamespace") + " is '" + (resource.Namespace?.Value ?? "(missing)")
                    + "' for an ECS service; use 'ecs'.");
            }

            if (resource.Dimension?.Value != ScalingResource.DesiredCount)
            {
                context.Report(Id, "/ScalableDimension", MemberName.Mark("ScalableDimension") + " is '" + (resource.Dimension?.Value ?? "(missing)")
                    + "' for an ECS service; use '" + ScalingResource.DesiredCount + "'.");
            }

            if (resource.ResourceId is null || !ScalingResource.IsServiceResourceId(resource.ResourceId))
            {
                context.Report(Id, "/ResourceId", MemberName.Mark("ResourceId") + " is '" + (resource.ResourceId ?? "(missing)")
                    + "'; an ECS service is named service/<cluster name>/<service name>.");
            }
        }
    }
}
