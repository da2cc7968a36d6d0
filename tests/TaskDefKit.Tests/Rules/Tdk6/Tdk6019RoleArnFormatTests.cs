using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6019RoleArnFormatTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Theory]
        [InlineData("{{execution-role-arn}}")]
        [InlineData("arn:aws:iam::aws_account_id:role/ecsTaskExecutionRole")]
        [InlineData("arn:aws:iam::123456789012:user/deploy")]
        public void Invalid_execution_role_fires_once(string role)
        {
            var found = RuleAssert.Fires(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, "\"executionRoleArn\": \"" + role + "\""), "/executionRoleArn", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Empty_execution_role_on_fargate_with_awslogs_is_reported_once_by_TDK6019()
        {
            // Corpus 072: "executionRoleArn": "" gave TDK6017 (awslogs needs a role) and TDK6019 (not an ARN).
            string awslogs = """{ "name": "app", "image": "nginx", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "g", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app" } } }""";
            var all = RuleAssert.Validate(Tdk6Samples.Fargate(awslogs, "\"executionRoleArn\": \"\""));
            var found = Assert.Single(all, d => d.RuleId == RuleIds.RoleArnFormat);
            Assert.Equal("/executionRoleArn", found.Pointer);
            Assert.StartsWith("executionRoleArn is empty:", found.Message);
            Assert.DoesNotContain(all, d => d.RuleId == RuleIds.FargateAwslogsRequiresExecutionRole);

            // Near miss: without the member, TDK6017 reports the missing role and TDK6019 has nothing to judge.
            RuleAssert.Fires(RuleIds.FargateAwslogsRequiresExecutionRole, Tdk6Samples.Fargate(awslogs));
            RuleAssert.Silent(RuleIds.RoleArnFormat, Tdk6Samples.Fargate(awslogs));
        }

        [Fact]
        public void Empty_task_role_says_it_is_empty()
        {
            var found = RuleAssert.Fires(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, "\"taskRoleArn\": \" \""), "/taskRoleArn");
            Assert.StartsWith("taskRoleArn is empty:", Assert.Single(found).Message);
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
        [InlineData("\"executionRoleArn\": \"ecsTaskExecutionRole\"")]
        [InlineData("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/webTaskRole\"")]
        public void Valid_roles_are_silent(string member)
        {
            RuleAssert.Silent(RuleIds.RoleArnFormat, Tdk6Samples.Ec2(App, member));
        }
    }
}
