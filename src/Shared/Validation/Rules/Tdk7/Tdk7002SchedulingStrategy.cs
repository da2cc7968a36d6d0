using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7002: <c>schedulingStrategy</c> is <c>REPLICA</c> or <c>DAEMON</c>; <c>DAEMON</c> is not available on Fargate
    /// (launch type or Fargate capacity provider) nor with the <c>CODE_DEPLOY</c> or <c>EXTERNAL</c> deployment controllers.
    /// </summary>
    /// <remarks>
    /// Source: CreateService API reference, schedulingStrategy: "Tasks using the Fargate launch type or the CODE_DEPLOY or
    /// EXTERNAL deployment controller types don't support the DAEMON scheduling strategy."
    /// </remarks>
    [Rule("TDK7002", "SchedulingStrategy", RuleSeverity.Error, "Invalid scheduling strategy")]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/deploymentController", "/schedulingStrategy")]
    internal sealed class Tdk7002SchedulingStrategy : ServiceRule
    {
        private const string Pointer = "/schedulingStrategy";

        public override string Id => RuleIds.SchedulingStrategy;

        public override void Check(ServiceValidationContext context)
        {
            if (context.Service.SchedulingStrategy is not SchedulingStrategy strategy)
            {
                return;
            }

            if (!strategy.IsKnown)
            {
                context.Report(Id, Pointer, MemberName.Mark("schedulingStrategy") + " is '" + strategy.Value + "'; it takes REPLICA or DAEMON.");
                return;
            }

            if (strategy != SchedulingStrategy.Daemon)
            {
                return;
            }

            if (context.Launch.IsFargate)
            {
                context.Report(Id, Pointer, "Fargate tasks do not support the DAEMON scheduling strategy: use REPLICA with a " + MemberName.Mark("desiredCount")
                    + ", or run the daemon on EC2 capacity.");
            }
            else if (context.Service.DeploymentController?.Type is DeploymentControllerType controller && (controller == DeploymentControllerType.CodeDeploy || controller == DeploymentControllerType.External))
            {
                context.Report(Id, Pointer, "The " + controller.Value + " deployment controller does not support the DAEMON scheduling strategy: use REPLICA, or the ECS deployment controller.");
            }
        }
    }
}
