using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7006: <c>deploymentCircuitBreaker</c> only with the rolling-update (<c>ECS</c>) deployment controller, with
    /// both <c>enable</c> and <c>rollback</c>; no custom <c>maximumPercent</c>/<c>minimumHealthyPercent</c> for a
    /// <c>CODE_DEPLOY</c> or <c>EXTERNAL</c> service on the EC2 launch type.
    /// </summary>
    /// <remarks>
    /// Sources: DeploymentConfiguration API reference: "The deployment circuit breaker can only be used for services using
    /// the rolling update (ECS) deployment type."; DeploymentCircuitBreaker (enable, rollback: required); maximumPercent:
    /// "You can't specify a custom maximumPercent value for a service that uses either the blue/green (CODE_DEPLOY) or
    /// EXTERNAL deployment types and has tasks that use the EC2 launch type." (likewise minimumHealthyPercent).
    /// </remarks>
    [Rule("TDK7006", "DeploymentCircuitBreaker", RuleSeverity.Error, "Invalid deployment circuit breaker or percentages")]
    [BuilderInputs("/deploymentConfiguration", "/deploymentController", "/launchType")]
    internal sealed class Tdk7006DeploymentCircuitBreaker : ServiceRule
    {
        private const string Configuration = "/deploymentConfiguration";

        public override string Id => RuleIds.DeploymentCircuitBreaker;

        public override void Check(ServiceValidationContext context)
        {
            DeploymentConfiguration? deployment = context.Service.DeploymentConfiguration;
            if (deployment is null)
            {
                return;
            }

            DeploymentControllerType? controller = context.Service.DeploymentController?.Type;
            bool otherController = controller == DeploymentControllerType.CodeDeploy || controller == DeploymentControllerType.External;
            if (deployment.DeploymentCircuitBreaker is DeploymentCircuitBreaker breaker)
            {
                string pointer = JsonPointer.Member(Configuration, "deploymentCircuitBreaker");
                if (otherController)
                {
                    context.Report(Id, pointer, "The deployment circuit breaker works only with the rolling-update (ECS) deployment controller; this service uses "
                        + controller!.Value.Value + ": remove " + MemberName.Mark("deploymentCircuitBreaker") + ".");
                }
                else
                {
                    Required(context, pointer, "enable", breaker.Enable.HasValue);
                    Required(context, pointer, "rollback", breaker.Rollback.HasValue);
                }
            }

            if (otherController && context.Service.LaunchType == LaunchType.Ec2)
            {
                Custom(context, controller!.Value, "maximumPercent", deployment.MaximumPercent.HasValue);
                Custom(context, controller!.Value, "minimumHealthyPercent", deployment.MinimumHealthyPercent.HasValue);
            }
        }

        private void Required(ServiceValidationContext context, string pointer, string member, bool present)
        {
            if (!present)
            {
                context.Report(Id, JsonPointer.Member(pointer, member), MemberName.Mark("deploymentCircuitBreaker") + " needs " + MemberName.Mark(member) + " (true or false).");
            }
        }

        private void Custom(ServiceValidationContext context, DeploymentControllerType controller, string member, bool present)
        {
            if (present)
            {
                context.Report(Id, JsonPointer.Member(Configuration, member), "A " + controller.Value + " service on the EC2 launch type cannot set a custom "
                    + MemberName.Mark(member) + ": ECS uses its default; remove it.");
            }
        }
    }
}
