using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5016CqlArgumentTests
    {
        [Theory]
        [InlineData("registeredAt < 2018-13-45", "column 16")]
        [InlineData("registeredAt < yesterday", "column 16")]
        [InlineData("runningTasksCount == one", "column 22")]
        [InlineData("agentVersion < 1.14.x", "column 16")]
        [InlineData("attribute:ecs.instance-type =~ 't2.(micro'", "column 32")]
        [InlineData("attribute:ecs.instance-type =~ t2{", "column 32")]
        public void Bad_argument_fires_with_the_column(string expression, string column)
        {
            var found = Fires(RuleIds.CqlArgument, MemberOf(expression), "/placementConstraints/0/expression", RuleSeverity.Error);
            Assert.Contains(column, found[0].Message);
        }

        [Fact]
        public void Task_definition_expression_is_checked() =>
            RuleAssert.Fires(RuleIds.CqlArgument, TaskDefinition("""{ "type": "memberOf", "expression": "runningTasksCount > many" }"""), "/placementConstraints/0/expression");

        [Theory]
        [InlineData("registeredAt < 2018-02-13")]
        [InlineData("registeredAt >= 2018-06-18T22:28:28+00:00")]
        [InlineData("registeredAt >= 2018-06-18T22:28:28Z")]
        [InlineData("registeredAt != 2018-06-18T22:28:28")]
        [InlineData("runningTasksCount == 0")]
        [InlineData("agentVersion < 1.14.5")]
        [InlineData("attribute:ecs.instance-type =~ t2.*")]
        [InlineData("attribute:ecs.instance-type =~ 't2\\.(micro|small)'")]
        [InlineData("attribute:ecs.instance-type =~ 'm5\\p{Alpha}++'")]
        public void Valid_arguments_are_silent(string expression) =>
            Silent(RuleIds.CqlArgument, MemberOf(expression));
    }
}
