using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7013: deployment alarms (<c>deploymentConfiguration.alarms</c>) work only with the <c>ECS</c> deployment
    /// controller, and need <c>alarmNames</c>, <c>enable</c> and <c>rollback</c>.
    /// </summary>
    /// <remarks>
    /// Source: DeploymentAlarms API reference: "You can only use the DeploymentAlarms method to detect failures when the
    /// DeploymentController is set to ECS."; alarmNames, enable and rollback are required members.
    /// </remarks>
    [Rule("TDK7013", "DeploymentAlarms", RuleSeverity.Error, "Invalid deployment alarms")]
    [BuilderInputs("/deploymentConfiguration", "/deploymentController")]
    internal sealed class Tdk7013DeploymentAlarms : ServiceRule
    {
        private const string Pointer = "/deploymentConfiguration/alarms";

        public override string Id => RuleIds.DeploymentAlarms;

        public override void Check(ServiceValidationContext context)
        {
            DeploymentAlarms? alarms = context.Service.DeploymentConfiguration?.Alarms;
            if (alarms is null)
            {
                return;
            }

            DeploymentControllerType? controller = context.Service.DeploymentController?.Type;
            if (controller.HasValue && controller != DeploymentControllerType.Ecs)
            {
                context.Report(Id, Pointer, "Deployment alarms work only with the ECS deployment controller; this service uses " + controller.Value.Value + ": remove "
                    + MemberName.Mark("alarms") + " (" + controller.Value.Value + " deployments roll back through their own tooling).");
                return;
            }

            if (alarms.AlarmNames is null || alarms.AlarmNames.Count == 0)
            {
                context.Report(Id, JsonPointer.Member(Pointer, "alarmNames"), MemberName.Mark("alarms") + " needs " + MemberName.Mark("alarmNames") + ": the CloudWatch alarms that fail a deployment.");
            }

            Required(context, "enable", alarms.Enable.HasValue);
            Required(context, "rollback", alarms.Rollback.HasValue);
        }

        private void Required(ServiceValidationContext context, string member, bool present)
        {
            if (!present)
            {
                context.Report(Id, JsonPointer.Member(Pointer, member), MemberName.Mark("alarms") + " needs " + MemberName.Mark(member) + " (true or false).");
            }
        }
    }
}
