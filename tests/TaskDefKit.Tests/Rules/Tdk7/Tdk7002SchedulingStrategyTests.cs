using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7002SchedulingStrategyTests
    {
        private const string Daemon = """
            { "serviceName": "agent", "taskDefinition": "agent:1", "schedulingStrategy": "DAEMON", "launchType": "EC2" }
            """;

        [Fact]
        public void Daemon_on_fargate_fires() =>
            Assert.Contains("Fargate", Fires(RuleIds.SchedulingStrategy, Daemon.Replace("\"EC2\"", "\"FARGATE\""), null, "/schedulingStrategy").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Daemon_on_a_fargate_capacity_provider_fires() =>
            Fires(RuleIds.SchedulingStrategy, Daemon.Replace("\"launchType\": \"EC2\"", "\"capacityProviderStrategy\": [{ \"capacityProvider\": \"FARGATE\", \"weight\": 1 }]"), null, "/schedulingStrategy");

        [Fact]
        public void Daemon_with_code_deploy_fires() =>
            Fires(RuleIds.SchedulingStrategy, With(Daemon, "\"deploymentController\": { \"type\": \"CODE_DEPLOY\" }"), null, "/schedulingStrategy");

        [Fact]
        public void Unknown_strategy_fires() =>
            Fires(RuleIds.SchedulingStrategy, Daemon.Replace("DAEMON", "SINGLETON"), null, "/schedulingStrategy");

        [Fact]
        public void Daemon_on_ec2_with_the_ecs_controller_and_replica_on_fargate_are_silent()
        {
            Silent(RuleIds.SchedulingStrategy, With(Daemon, "\"deploymentController\": { \"type\": \"ECS\" }"), Ec2BridgeTask);
            Silent(RuleIds.SchedulingStrategy, With(FargateService, "\"schedulingStrategy\": \"REPLICA\""), FargateTask);
        }
    }
}
