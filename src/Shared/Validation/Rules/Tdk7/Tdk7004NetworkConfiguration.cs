using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7004: a task definition with network mode <c>awsvpc</c> needs the service's
    /// <c>networkConfiguration.awsvpcConfiguration</c> with subnets; any other explicit network mode takes no
    /// network configuration. Also the awsvpcConfiguration limits (≤ 16 subnets, ≤ 5 security groups) and
    /// <c>assignPublicIp</c> ∈ {ENABLED, DISABLED}. For services and RunTask alike.
    /// </summary>
    /// <remarks>
    /// Sources: AWS errors "Network Configuration must be provided when networkMode 'awsvpc' is specified." and
    /// "Network Configuration is not valid for the given networkMode of this task definition."; AwsVpcConfiguration API reference.
    /// </remarks>
    [Rule("TDK7004", "NetworkConfiguration", RuleSeverity.Error, "Network configuration does not fit the network mode")]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion", WholeDefinition = true)]
    internal sealed class Tdk7004NetworkConfiguration : ServiceRule
    {
        private const int MaxSubnets = 16;
        private const int MaxSecurityGroups = 5;

        public override string Id => RuleIds.NetworkConfiguration;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            NetworkConfiguration? network = launch.NetworkConfiguration;
            AwsVpcConfiguration? vpc = network?.AwsVpcConfiguration;
            NetworkMode? mode = context.TaskDefinition?.NetworkMode;
            if (mode == NetworkMode.AwsVpc)
            {
                if (network is null)
                {
                    context.Report(Id, "/networkConfiguration", "The task definition uses " + MemberName.Mark("networkMode") + " 'awsvpc': the " + launch.Noun + " needs "
                        + MemberName.Mark("networkConfiguration") + "." + MemberName.Mark("awsvpcConfiguration") + " with " + MemberName.Mark("subnets") + ".");
                    return;
                }

                if (vpc is null)
                {
                    context.Report(Id, "/networkConfiguration/awsvpcConfiguration", "The task definition uses " + MemberName.Mark("networkMode") + " 'awsvpc': "
                        + MemberName.Mark("networkConfiguration") + " needs " + MemberName.Mark("awsvpcConfiguration") + " with " + MemberName.Mark("subnets") + ".");
                    return;
                }

                if (vpc.Subnets is null || vpc.Subnets.Count == 0)
                {
                    context.Report(Id, "/networkConfiguration/awsvpcConfiguration/subnets", "The task definition uses " + MemberName.Mark("networkMode") + " 'awsvpc': "
                        + MemberName.Mark("awsvpcConfiguration") + " needs at least one subnet in " + MemberName.Mark("subnets") + ".");
                }
            }
            else if (mode.HasValue && network != null)
            {
                // An unset network mode is left alone: its default depends on the platform (bridge on Linux EC2).
                context.Report(Id, "/networkConfiguration", MemberName.Mark("networkConfiguration") + " is only valid for a task definition with "
                    + MemberName.Mark("networkMode") + " 'awsvpc'; this one uses '" + mode.Value.Value + "': remove it.");
                return;
            }

            if (vpc?.Subnets is { Count: > MaxSubnets } subnets)
            {
                context.Report(Id, "/networkConfiguration/awsvpcConfiguration/subnets", MemberName.Mark("subnets") + " lists " + subnets.Count + " subnets; at most " + MaxSubnets + " are allowed.");
            }

            if (vpc?.SecurityGroups is { Count: > MaxSecurityGroups } groups)
            {
                context.Report(Id, "/networkConfiguration/awsvpcConfiguration/securityGroups", MemberName.Mark("securityGroups") + " lists " + groups.Count + " security groups; at most " + MaxSecurityGroups + " are allowed.");
            }

            if (vpc?.AssignPublicIp is AssignPublicIp assign && !assign.IsKnown)
            {
                context.Report(Id, "/networkConfiguration/awsvpcConfiguration/assignPublicIp", MemberName.Mark("assignPublicIp") + " is '" + assign.Value + "'; it takes ENABLED or DISABLED.");
            }
        }
    }
}
