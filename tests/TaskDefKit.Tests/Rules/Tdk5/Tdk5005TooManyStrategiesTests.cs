using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5005TooManyStrategiesTests
    {
        private const string Five = """{ "type": "spread", "field": "attribute:ecs.availability-zone" }, { "type": "spread", "field": "instanceId" }, { "type": "binpack", "field": "memory" }, { "type": "binpack", "field": "cpu" }, { "type": "random" }""";

        [Fact]
        public void Six_strategies_fire_at_the_sixth() =>
            Fires(RuleIds.TooManyPlacementStrategies, Doc(Five + """, { "type": "random" }""", ""), "/placementStrategy/5", RuleSeverity.Error);

        [Fact]
        public void Five_strategies_are_silent() =>
            Silent(RuleIds.TooManyPlacementStrategies, Doc(Five, ""));
    }
}
