using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5011TaskDefinitionConstraintTypeTests
    {
        [Fact]
        public void DistinctInstance_in_a_task_definition_fires() =>
            RuleAssert.Fires(RuleIds.TaskDefinitionConstraintType, TaskDefinition("""{ "type": "distinctInstance" }"""), "/placementConstraints/0/type", RuleSeverity.Error);

        [Fact]
        public void Missing_type_fires() =>
            RuleAssert.Fires(RuleIds.TaskDefinitionConstraintType, TaskDefinition("""{ "expression": "task:group == web" }"""), "/placementConstraints/0/type");

        [Fact]
        public void MemberOf_is_silent() =>
            RuleAssert.Silent(RuleIds.TaskDefinitionConstraintType, TaskDefinition("""{ "type": "memberOf", "expression": "task:group == web" }"""));
    }
}
