using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5014CqlSyntaxTests
    {
        [Theory]
        [InlineData("(attribute:ecs.instance-type == t2.small", "column 1")]
        [InlineData("attribute:ecs.instance-type == t2.small)", "column 40")]
        [InlineData("attribute:ecs.instance-type === t2.small", "column 29")]
        [InlineData("instanceType == t2.small", "column 1")]
        public void Malformed_expression_fires_with_the_column(string expression, string column)
        {
            var found = Fires(RuleIds.CqlSyntax, MemberOf(expression), "/placementConstraints/0/expression", RuleSeverity.Error);
            Assert.Contains(column, found[0].Message);
        }

        [Fact]
        public void Mixed_and_or_without_parentheses_is_a_warning() =>
            Fires(RuleIds.CqlSyntax, MemberOf("task:group == a and runningTasksCount == 0 or agentConnected == true"), severity: RuleSeverity.Warning);

        [Fact]
        public void Task_definition_expression_is_checked() =>
            RuleAssert.Fires(RuleIds.CqlSyntax, TaskDefinition("""{ "type": "memberOf", "expression": "attribute:ecs.instance-type == t2.small)" }"""), "/placementConstraints/0/expression");

        [Theory]
        [InlineData("runningTasksCount==0")]
        [InlineData("task:group!=service:SINATRA-service-group-P1")]
        [InlineData("(task:group == a and runningTasksCount == 0) or agentConnected == true")]
        [InlineData("not(task:group == database)")]
        public void Valid_expressions_are_silent(string expression)
        {
            Silent(RuleIds.CqlSyntax, MemberOf(expression));
            RuleAssert.Silent(RuleIds.CqlSyntax, TaskDefinition("{ \"type\": \"memberOf\", \"expression\": " + System.Text.Json.JsonSerializer.Serialize(expression) + " }"));
        }
    }
}
