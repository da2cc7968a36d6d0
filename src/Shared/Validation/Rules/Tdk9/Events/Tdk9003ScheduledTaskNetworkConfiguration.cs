using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9003: a scheduled task in <c>awsvpc</c> mode (every Fargate task) needs <c>NetworkConfiguration</c> with
    /// <c>awsvpcConfiguration</c> and at least one subnet; another network mode takes none; <c>AssignPublicIp</c>
    /// <c>ENABLED</c> only on Fargate.
    /// </summary>
    /// <remarks>
    /// Source: EventBridge API reference, EcsParameters.NetworkConfiguration: "This structure is required if LaunchType
    /// is FARGATE because the awsvpc mode is required for Fargate tasks. If you specify NetworkConfiguration when the
    /// target ECS task does not use the awsvpc network mode, the task fails."; AwsVpcConfiguration.AssignPublicIp.
    /// </remarks>
    [Rule("TDK9003", "ScheduledTaskNetworkConfiguration", RuleSeverity.Error, "Scheduled task network configuration does not fit the network mode")]
    internal sealed class Tdk9003ScheduledTaskNetworkConfiguration : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskNetworkConfiguration;

        public override void Check(ScheduledTaskValidationContext context)
        {
            NetworkMode? mode = context.TaskDefinition?.NetworkMode;
            foreach (EcsTargetView target in context.Targets)
            {
                string network = target.EcsPointer + "/NetworkConfiguration";
                bool awsvpc = mode == NetworkMode.AwsVpc || target.RunsOnFargate;
                string why = mode == NetworkMode.AwsVpc ? "the task definition uses " + MemberName.Mark("networkMode") + " 'awsvpc'" : "Fargate tasks use the awsvpc network mode";
                if (awsvpc && !target.HasNetworkConfiguration)
                {
                    context.Report(Id, network, "Every invocation fails: " + why + ", so " + MemberName.Mark("EcsParameters") + " needs "
                        + MemberName.Mark("NetworkConfiguration") + "." + MemberName.Mark("awsvpcConfiguration") + " with " + MemberName.Mark("Subnets") + ".");
                    continue;
                }

                if (awsvpc && !target.HasAwsVpcConfiguration)
                {
                    context.Report(Id, network + "/awsvpcConfiguration", MemberName.Mark("NetworkConfiguration") + " needs " + MemberName.Mark("awsvpcConfiguration")
                        + " with " + MemberName.Mark("Subnets") + ": " + why + ".");
                    continue;
                }

                if (awsvpc && target.SubnetCount == 0)
                {
                    context.Report(Id, network + "/awsvpcConfiguration/Subnets", MemberName.Mark("awsvpcConfiguration") + " needs at least one subnet in "
                        + MemberName.Mark("Subnets") + ".");
                    continue;
                }

                if (!awsvpc && mode.HasValue && target.HasNetworkConfiguration)
                {
                    context.Report(Id, network, MemberName.Mark("NetworkConfiguration") + " is only for tasks in 'awsvpc' mode; this task definition uses '"
                        + mode.Value.Value + "', so every invocation fails: remove it.");
                    continue;
                }

                if (target.AssignPublicIp == "ENABLED" && target.LaunchType != null && target.LaunchType != "FARGATE")
                {
                    context.Report(Id, network + "/awsvpcConfiguration/AssignPublicIp", MemberName.Mark("AssignPublicIp") + " 'ENABLED' is only accepted with "
                        + MemberName.Mark("LaunchType") + " 'FARGATE'; this target uses '" + target.LaunchType + "'.");
                }
            }
        }
    }
}
