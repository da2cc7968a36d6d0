using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9003ScheduledTaskNetworkConfigurationTests
    {
        private static readonly string NoNetwork = Targets.Replace(
            "\"NetworkConfiguration\": { \"awsvpcConfiguration\": { \"Subnets\": [\"subnet-0a1b2c3d\"], \"SecurityGroups\": [\"sg-0a1b2c3d\"], \"AssignPublicIp\": \"DISABLED\" } },", string.Empty, System.StringComparison.Ordinal);

        [Fact]
        public void Fargate_target_without_network_configuration_fires_even_without_the_task_definition()
        {
            Assert.DoesNotContain("NetworkConfiguration", NoNetwork, System.StringComparison.Ordinal);
            Fires(RuleIds.ScheduledTaskNetworkConfiguration, NoNetwork, null, "/Targets/0/EcsParameters/NetworkConfiguration");
        }

        [Fact]
        public void Schedule_without_subnets_fires() =>
            Fires(RuleIds.ScheduledTaskNetworkConfiguration, Schedule.Replace("\"Subnets\": [\"subnet-0a1b2c3d\"]", "\"Subnets\": []", System.StringComparison.Ordinal),
                FargateTask, "/Target/EcsParameters/NetworkConfiguration/awsvpcConfiguration/Subnets");

        [Fact]
        public void Network_configuration_for_a_bridge_task_fires() =>
            Fires(RuleIds.ScheduledTaskNetworkConfiguration, Targets.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"EC2\",", System.StringComparison.Ordinal).Replace("\"PlatformVersion\": \"1.4.0\"", "\"Group\": \"g\"", System.StringComparison.Ordinal),
                BridgeEc2Task, "/Targets/0/EcsParameters/NetworkConfiguration");

        [Fact]
        public void Ec2_bridge_task_without_network_configuration_and_the_correct_fargate_target_are_silent()
        {
            Silent(RuleIds.ScheduledTaskNetworkConfiguration, NoNetwork.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"EC2\",", System.StringComparison.Ordinal), BridgeEc2Task);
            Silent(RuleIds.ScheduledTaskNetworkConfiguration, Targets, FargateTask);
        }
    }
}
