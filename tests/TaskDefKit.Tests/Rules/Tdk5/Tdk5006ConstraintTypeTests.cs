using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5006ConstraintTypeTests
    {
        [Fact]
        public void Unknown_type_fires() =>
            Fires(RuleIds.PlacementConstraintType, Doc("", """{ "type": "sameInstance" }"""), "/placementConstraints/0/type", RuleSeverity.Error);

        [Fact]
        public void Wrong_case_fires_with_the_spelling()
        {
            var found = Fires(RuleIds.PlacementConstraintType, Doc("", """{ "type": "distinctinstance" }"""), "/placementConstraints/0/type");
            Assert.Contains("'distinctInstance'", found[0].Message);
        }

        [Fact]
        public void Missing_type_fires() =>
            Fires(RuleIds.PlacementConstraintType, Doc("", """{ "expression": "runningTasksCount == 0" }"""), "/placementConstraints/0/type");

        [Fact]
        public void Known_types_are_silent() =>
            Silent(RuleIds.PlacementConstraintType, Doc("", """{ "type": "distinctInstance" }, { "type": "memberOf", "expression": "runningTasksCount == 0" }"""));
    }
}
