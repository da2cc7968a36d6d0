using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5001StrategyTypeTests
    {
        [Fact]
        public void Unknown_type_fires() =>
            Fires(RuleIds.PlacementStrategyType, Doc("""{ "type": "pack", "field": "memory" }""", ""), "/placementStrategy/0/type", RuleSeverity.Error);

        [Fact]
        public void Uppercase_type_fires_and_suggests_lowercase()
        {
            var found = Fires(RuleIds.PlacementStrategyType, Doc("""{ "type": "BINPACK", "field": "memory" }""", ""), "/placementStrategy/0/type");
            Assert.Contains("'binpack'", found[0].Message);
        }

        [Fact]
        public void Missing_type_fires() =>
            Fires(RuleIds.PlacementStrategyType, Doc("""{ "type": "random" }, { "field": "memory" }""", ""), "/placementStrategy/1/type");

        [Fact]
        public void Known_types_are_silent() =>
            Silent(RuleIds.PlacementStrategyType, Doc("""{ "type": "random" }, { "type": "spread", "field": "host" }, { "type": "binpack", "field": "cpu" }""", ""));
    }
}
