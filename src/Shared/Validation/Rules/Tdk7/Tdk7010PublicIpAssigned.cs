using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7010: <c>assignPublicIp: ENABLED</c> gives each task's network interface a public address. Advice (a choice in a
    /// public subnet without a NAT gateway), a warning under the security profile (Security Hub ECS.2). Services and RunTask.
    /// </summary>
    /// <remarks>Sources: Security Hub ECS.2 "ECS services should not have public IP addresses assigned to them automatically"; AwsVpcConfiguration API reference.</remarks>
    [Rule("TDK7010", "PublicIpAssigned", RuleSeverity.Info, "Public IP assigned to the service", Controls = new[] { "ECS.2", "CKV_AWS_333", "CT.ECS.PR.9" })]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion")]
    internal sealed class Tdk7010PublicIpAssigned : ServiceRule
    {
        public override string Id => RuleIds.PublicIpAssigned;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            if (launch.NetworkConfiguration?.AwsVpcConfiguration?.AssignPublicIp == AssignPublicIp.Enabled)
            {
                context.Report(Id, "/networkConfiguration/awsvpcConfiguration/assignPublicIp", "The " + launch.Noun + "'s tasks get public IP addresses: prefer private subnets with a NAT gateway or VPC endpoints and "
                    + MemberName.Mark("assignPublicIp") + " 'DISABLED', and reach the tasks through a load balancer.");
            }
        }
    }
}
