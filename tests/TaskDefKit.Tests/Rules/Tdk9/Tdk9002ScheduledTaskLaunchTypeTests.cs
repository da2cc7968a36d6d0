using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9002ScheduledTaskLaunchTypeTests
    {
        [Fact]
        public void Fargate_target_for_an_ec2_only_task_definition_fires()
        {
            RuleDiagnostic finding = Fires(RuleIds.ScheduledTaskLaunchType, Targets, BridgeEc2Task, "/Targets/0/EcsParameters/LaunchType");
            Assert.Contains("FARGATE", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Launch_type_with_a_capacity_provider_strategy_fires() =>
            Fires(RuleIds.ScheduledTaskLaunchType,
                Targets.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"FARGATE\", \"CapacityProviderStrategy\": [{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }],", System.StringComparison.Ordinal),
                FargateTask, "/Targets/0/EcsParameters/LaunchType");

        [Fact]
        public void Fargate_capacity_provider_for_an_ec2_only_task_definition_fires_on_the_provider() =>
            Fires(RuleIds.ScheduledTaskLaunchType,
                Targets.Replace("\"LaunchType\": \"FARGATE\",", "\"CapacityProviderStrategy\": [{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }],", System.StringComparison.Ordinal),
                BridgeEc2Task, "/Targets/0/EcsParameters/CapacityProviderStrategy/0/capacityProvider");

        [Fact]
        public void Matching_launch_type_and_unknown_task_definition_are_silent()
        {
            Silent(RuleIds.ScheduledTaskLaunchType, Targets, FargateTask);
            Silent(RuleIds.ScheduledTaskLaunchType, Targets, null);
            Silent(RuleIds.ScheduledTaskLaunchType, Schedule, FargateTask);
        }
    }
}
