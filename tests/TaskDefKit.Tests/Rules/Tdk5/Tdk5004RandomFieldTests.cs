using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5004RandomFieldTests
    {
        [Fact]
        public void Random_with_field_warns() =>
            Fires(RuleIds.RandomField, Doc("""{ "type": "random", "field": "memory" }""", ""), "/placementStrategy/0/field", RuleSeverity.Warning);

        [Fact]
        public void Random_without_field_is_silent() =>
            Silent(RuleIds.RandomField, Doc("""{ "type": "random" }, { "type": "binpack", "field": "memory" }""", ""));
    }
}
