using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7018: <c>assignPublicIp: ENABLED</c> works only for tasks on Fargate; with launch type EC2 or EXTERNAL ECS
    /// rejects it ("Assign public IP is not supported for this launch type."). A capacity provider other than
    /// FARGATE/FARGATE_SPOT is not judged (its infrastructure is not in the input).
    /// </summary>
    /// <remarks>Sources: AwsVpcConfiguration API reference; ECS developer guide, awsvpc network mode (tasks on EC2 get no public IP).</remarks>
    [Rule("TDK7018", "PublicIpLaunchType", RuleSeverity.Error, "Public IP not supported for the launch type")]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion")]
    internal sealed class Tdk7018PublicIpLaunchType : ServiceRule
    {
        public override string Id => RuleIds.PublicIpLaunchType;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            if (launch.NetworkConfiguration?.AwsVpcConfiguration?.AssignPublicIp == AssignPublicIp.Enabled
                && (launch.LaunchType == LaunchType.Ec2 || launch.LaunchType == LaunchType.External))
            {
                context.Report(Id, "/networkConfiguration/awsvpcConfiguration/assignPublicIp", "Assign public IP is not supported for the " + launch.LaunchType!.Value.Value
                    + " launch type (only Fargate tasks get a public IP): set " + MemberName.Mark("assignPublicIp") + " to 'DISABLED' or remove it.");
            }
        }
    }
}
