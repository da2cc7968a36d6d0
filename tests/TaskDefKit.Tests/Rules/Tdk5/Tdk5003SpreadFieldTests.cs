using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5003SpreadFieldTests
    {
        [Fact]
        public void Spread_on_memory_fires_and_points_to_binpack()
        {
            var found = Fires(RuleIds.SpreadField, Doc("""{ "type": "spread", "field": "memory" }""", ""), "/placementStrategy/0/field", RuleSeverity.Error);
            Assert.Contains("binpack", found[0].Message);
        }

        [Fact]
        public void Spread_without_field_fires() =>
            Fires(RuleIds.SpreadField, Doc("""{ "type": "spread" }""", ""), "/placementStrategy/0/field");

        [Fact]
        public void Attribute_without_name_fires() =>
            Fires(RuleIds.SpreadField, Doc("""{ "type": "spread", "field": "attribute:" }""", ""), "/placementStrategy/0/field");

        [Fact]
        public void Attribute_name_without_prefix_fires() =>
            Fires(RuleIds.SpreadField, Doc("""{ "type": "spread", "field": "ecs.availability-zone" }""", ""), "/placementStrategy/0/field");

        [Fact]
        public void Zone_instance_and_host_are_silent() =>
            Silent(RuleIds.SpreadField, Doc("""{ "type": "spread", "field": "attribute:ecs.availability-zone" }, { "type": "spread", "field": "instanceId" }, { "type": "spread", "field": "host" }""", ""));
    }
}
