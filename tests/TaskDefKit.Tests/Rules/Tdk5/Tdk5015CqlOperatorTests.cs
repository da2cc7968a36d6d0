using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5015CqlOperatorTests
    {
        [Theory]
        [InlineData("attribute:ecs.availability-zone in us-east-1a", "column 36")]
        [InlineData("runningTasksCount =~ 1.*", "column 19")]
        [InlineData("agentVersion in [1.14.5]", "column 14")]
        [InlineData("attribute:ecs.instance-type == [t2.small, t2.micro]", "column 32")]
        [InlineData("attribute:color exists blue", "column 24")]
        public void Wrong_operator_or_argument_shape_fires_with_the_column(string expression, string column)
        {
            var found = Fires(RuleIds.CqlOperator, MemberOf(expression), "/placementConstraints/0/expression", RuleSeverity.Error);
            Assert.Contains(column, found[0].Message);
        }

        [Fact]
        public void Task_definition_expression_is_checked() =>
            RuleAssert.Fires(RuleIds.CqlOperator, TaskDefinition("""{ "type": "memberOf", "expression": "registeredAt in [2018-02-13]" }"""), "/placementConstraints/0/expression");

        [Theory]
        [InlineData("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")]
        [InlineData("ec2InstanceId !in ['i-abcd1234']")]
        [InlineData("runningTasksCount <= 3")]
        [InlineData("attribute:ecs.capability.task-eni exists")]
        [InlineData("agentConnected == true")]
        public void Valid_operators_are_silent(string expression) =>
            Silent(RuleIds.CqlOperator, MemberOf(expression));
    }
}
