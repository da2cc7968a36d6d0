using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5017AttributeNameTests
    {
        [Fact]
        public void Misspelt_ecs_attribute_in_spread_warns() =>
            Fires(RuleIds.AttributeName, Doc("""{ "type": "spread", "field": "attribute:ecs.availability_zone" }""", ""), "/placementStrategy/0/field", RuleSeverity.Warning);

        [Fact]
        public void Misspelt_ecs_attribute_in_a_query_warns() =>
            Fires(RuleIds.AttributeName, MemberOf("attribute:ecs.instancetype == t2.small"), "/placementConstraints/0/expression", RuleSeverity.Warning);

        [Fact]
        public void Invalid_attribute_value_warns() =>
            Fires(RuleIds.AttributeName, MemberOf("attribute:stack == 'prod#1'"), "/placementConstraints/0/expression", RuleSeverity.Warning);

        [Fact]
        public void Task_definition_expression_is_checked() =>
            RuleAssert.Fires(RuleIds.AttributeName, TaskDefinition("""{ "type": "memberOf", "expression": "attribute:ecs.os == linux" }"""), "/placementConstraints/0/expression");

        [Fact]
        public void Built_in_and_custom_attributes_are_silent()
        {
            Silent(RuleIds.AttributeName, Doc("""{ "type": "spread", "field": "attribute:ecs.availability-zone" }, { "type": "spread", "field": "attribute:stack" }""", ""));
            Silent(RuleIds.AttributeName, MemberOf("attribute:ecs.cpu-architecture == arm64 and attribute:stack in [prod, 'blue green']"));
        }
    }
}
