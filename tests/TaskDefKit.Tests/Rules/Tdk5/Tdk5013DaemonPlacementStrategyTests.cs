using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5013DaemonPlacementStrategyTests
    {
        private const string Daemon = """
            {
              "cluster": "prod",
              "serviceName": "agent",
              "taskDefinition": "agent:1",
              "schedulingStrategy": "DAEMON",
              "placementStrategy": [{ "type": "spread", "field": "instanceId" }],
              "placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.os-type == linux" }]
            }
            """;

        [Fact]
        public void Daemon_with_strategy_fires() =>
            Fires(RuleIds.DaemonPlacementStrategy, Daemon, "/placementStrategy/0", RuleSeverity.Error);

        [Fact]
        public void Daemon_with_constraints_only_is_silent() =>
            Silent(RuleIds.DaemonPlacementStrategy, Daemon.Replace("\"placementStrategy\": [{ \"type\": \"spread\", \"field\": \"instanceId\" }],", string.Empty));

        [Fact]
        public void Replica_with_strategy_is_silent() =>
            Silent(RuleIds.DaemonPlacementStrategy, Daemon.Replace("DAEMON", "REPLICA"));
    }
}
