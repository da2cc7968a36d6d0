using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6019RoleArnFormatTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Theory]
        [InlineData("{{execution-role-arn}}")]
        [InlineData("ecsTaskExecutionRole")]
        [InlineData("arn:aws:iam::aws_account_id:role/ecsTaskExecutionRole")]
        [InlineData("arn:aws:iam::123456789012:user/deploy")]
        public void Invalid_execution_role_fires_once(string role)
        {
            var found = RuleAssert.Fires(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, "\"executionRoleArn\": \"" + role + "\""), "/executionRoleArn", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Invalid_task_role_fires()
        {
            RuleAssert.Fires(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, "\"taskRoleArn\": \"$$$TASK_ROLE$$$\""), "/taskRoleArn", RuleSeverity.Error);
        }

        [Theory]
        [InlineData("\"executionRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"")]
        [InlineData("\"executionRoleArn\": \"arn:aws-us-gov:iam::123456789012:role/service/ecs-exec\"")]
        [InlineData("\"taskRoleArn\": \"webTaskRole\"")]
        [InlineData("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/webTaskRole\"")]
        public void Valid_roles_are_silent(string member)
        {
            RuleAssert.Silent(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, member));
        }
    }
}
