using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5002BinpackFieldTests
    {
        [Fact]
        public void Binpack_on_instanceId_fires() =>
            Fires(RuleIds.BinpackField, Doc("""{ "type": "binpack", "field": "instanceId" }""", ""), "/placementStrategy/0/field", RuleSeverity.Error);

        [Fact]
        public void Binpack_without_field_fires() =>
            Fires(RuleIds.BinpackField, Doc("""{ "type": "binpack" }""", ""), "/placementStrategy/0/field", RuleSeverity.Error);

        [Fact]
        public void Uppercase_memory_is_a_warning() =>
            Fires(RuleIds.BinpackField, Doc("""{ "type": "binpack", "field": "MEMORY" }""", ""), "/placementStrategy/0/field", RuleSeverity.Warning);

        [Fact]
        public void Binpack_memory_is_silent() =>
            Silent(RuleIds.BinpackField, Doc("""{ "type": "binpack", "field": "memory" }, { "type": "spread", "field": "instanceId" }""", ""));
    }
}
