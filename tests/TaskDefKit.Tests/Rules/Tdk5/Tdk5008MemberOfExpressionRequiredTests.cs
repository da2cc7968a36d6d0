using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5008MemberOfExpressionRequiredTests
    {
        [Fact]
        public void MemberOf_without_expression_fires() =>
            Fires(RuleIds.MemberOfExpressionRequired, Doc("", """{ "type": "memberOf" }"""), "/placementConstraints/0/expression", RuleSeverity.Error);

        [Fact]
        public void MemberOf_with_blank_expression_fires() =>
            Fires(RuleIds.MemberOfExpressionRequired, Doc("", """{ "type": "memberOf", "expression": "  " }"""), "/placementConstraints/0/expression");

        [Fact]
        public void Task_definition_memberOf_without_expression_fires() =>
            RuleAssert.Fires(RuleIds.MemberOfExpressionRequired, TaskDefinition("""{ "type": "memberOf" }"""), "/placementConstraints/0/expression");

        [Fact]
        public void MemberOf_with_expression_is_silent()
        {
            Silent(RuleIds.MemberOfExpressionRequired, MemberOf("attribute:ecs.instance-type =~ t2.*"));
            RuleAssert.Silent(RuleIds.MemberOfExpressionRequired, TaskDefinition("""{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t2.*" }"""));
        }
    }
}
