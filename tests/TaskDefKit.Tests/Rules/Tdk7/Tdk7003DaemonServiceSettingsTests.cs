using System.Linq;
using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7003DaemonServiceSettingsTests
    {
        private const string Daemon = """
            { "serviceName": "agent", "taskDefinition": "agent:1", "schedulingStrategy": "DAEMON", "launchType": "EC2" }
            """;

        [Fact]
        public void Daemon_with_a_desired_count_fires() =>
            Assert.Contains("desiredCount", Fires(RuleIds.DaemonServiceSettings, With(Daemon, "\"desiredCount\": 3"), Ec2BridgeTask, "/desiredCount").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Daemon_with_a_capacity_provider_strategy_fires() =>
            Fires(RuleIds.DaemonServiceSettings, Daemon.Replace("\"launchType\": \"EC2\"", "\"capacityProviderStrategy\": [{ \"capacityProvider\": \"my-asg\", \"weight\": 1 }]"), Ec2BridgeTask, "/capacityProviderStrategy");

        [Fact]
        public void Replica_without_a_desired_count_fires() =>
            Fires(RuleIds.DaemonServiceSettings, FargateService.Replace("\"desiredCount\": 2,", string.Empty), FargateTask, "/desiredCount");

        [Fact]
        public void Daemon_without_count_and_replica_with_count_are_silent()
        {
            Silent(RuleIds.DaemonServiceSettings, Daemon, Ec2BridgeTask);
            Silent(RuleIds.DaemonServiceSettings, FargateService, FargateTask);
        }

        [Fact]
        public void Daemon_placement_strategies_are_reported_by_the_placement_rule()
        {
            // The placement rules run with the service's scheduling strategy: TDK5013, not a TDK7003 duplicate.
            var findings = Validate(With(Daemon, "\"placementStrategy\": [{ \"type\": \"spread\", \"field\": \"instanceId\" }]"), Ec2BridgeTask);
            Assert.Equal(new[] { "TDK5013 /placementStrategy/0" }, findings.Select(d => d.RuleId + " " + d.Pointer));
        }
    }
}
