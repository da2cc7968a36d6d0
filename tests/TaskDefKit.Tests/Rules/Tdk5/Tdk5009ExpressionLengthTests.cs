using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5009ExpressionLengthTests
    {
        private static string Expression(int length)
        {
            string head = "attribute:color == ";
            return head + new string('a', length - head.Length);
        }

        [Fact]
        public void Expression_of_2001_characters_fires() =>
            Fires(RuleIds.ExpressionLength, MemberOf(Expression(2001)), "/placementConstraints/0/expression", RuleSeverity.Error);

        [Fact]
        public void Task_definition_expression_of_2001_characters_fires() =>
            RuleAssert.Fires(RuleIds.ExpressionLength, TaskDefinition("{ \"type\": \"memberOf\", \"expression\": \"" + Expression(2001) + "\" }"), "/placementConstraints/0/expression");

        [Fact]
        public void Expression_of_2000_characters_is_silent()
        {
            Silent(RuleIds.ExpressionLength, MemberOf(Expression(2000)));
            RuleAssert.Silent(RuleIds.ExpressionLength, TaskDefinition("{ \"type\": \"memberOf\", \"expression\": \"" + Expression(2000) + "\" }"));
        }
    }
}
