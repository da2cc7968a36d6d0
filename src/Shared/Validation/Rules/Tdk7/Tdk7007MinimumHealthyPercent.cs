using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7007: a rolling update whose <c>minimumHealthyPercent</c> is not below its <c>maximumPercent</c> can neither
    /// stop an old task first nor start a new one first. Unset values take ECS's defaults (REPLICA 100/200, DAEMON 0/100);
    /// reported only when at least one of them is set.
    /// </summary>
    /// <remarks>Sources: DeploymentConfiguration API reference (defaults); CDK: "Minimum healthy percent must be less than maximum healthy percent."</remarks>
    [Rule("TDK7007", "MinimumHealthyPercent", RuleSeverity.Warning, "minimumHealthyPercent not below maximumPercent")]
    [BuilderInputs("/deploymentConfiguration", "/deploymentController", "/schedulingStrategy")]
    internal sealed class Tdk7007MinimumHealthyPercent : ServiceRule
    {
        public override string Id => RuleIds.MinimumHealthyPercent;

        public override void Check(ServiceValidationContext context)
        {
            DeploymentConfiguration? deployment = context.Service.DeploymentConfiguration;
            if (deployment is null || (!deployment.MinimumHealthyPercent.HasValue && !deployment.MaximumPercent.HasValue))
            {
                return;
            }

            DeploymentControllerType? controller = context.Service.DeploymentController?.Type;
            if (controller.HasValue && controller != DeploymentControllerType.Ecs)
            {
                return; // the percentages drive only the rolling update
            }

            bool daemon = context.Service.SchedulingStrategy == SchedulingStrategy.Daemon;
            int minimum = deployment.MinimumHealthyPercent ?? (daemon ? 0 : 100);
            int maximum = deployment.MaximumPercent ?? (daemon ? 100 : 200);
            if (minimum >= maximum)
            {
                string member = deployment.MinimumHealthyPercent.HasValue ? "minimumHealthyPercent" : "maximumPercent";
                context.Report(Id, JsonPointer.Member("/deploymentConfiguration", member), MemberName.Mark("minimumHealthyPercent") + " " + minimum + " is not below "
                    + MemberName.Mark("maximumPercent") + " " + maximum + ": a deployment can neither stop an old task nor start a new one first, so it stalls. Lower the minimum or raise the maximum.");
            }
        }
    }
}
