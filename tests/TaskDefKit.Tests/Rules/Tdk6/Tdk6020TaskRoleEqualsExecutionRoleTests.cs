using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6020TaskRoleEqualsExecutionRoleTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Fact]
        public void Same_arn_is_reported()
        {
            string json = Tdk6Samples.Ec2(App, Tdk6Samples.ExecutionRole + ", \"taskRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"");
            RuleAssert.Fires(RuleIds.TaskRoleEqualsExecutionRole, json, "/taskRoleArn", RuleSeverity.Info);
        }

        [Fact]
        public void Bare_name_of_the_execution_role_is_reported()
        {
            string json = Tdk6Samples.Ec2(App, Tdk6Samples.ExecutionRole + ", \"taskRoleArn\": \"ecsTaskExecutionRole\"");
            RuleAssert.Fires(RuleIds.TaskRoleEqualsExecutionRole, json, "/taskRoleArn");
        }

        [Theory]
        [InlineData("arn:aws:iam::11111111111:role/ecsTaskExecutionRole")]
        [InlineData("arn:aws:iam::aws_account_id:role/ecsTaskExecutionRole")]
        [InlineData("{{role-arn}}")]
        public void Silent_while_TDK6019_reports_the_roles(string role)
        {
            // Corpus 001, 007: an invalid ARN in both gave TDK6019 twice plus this rule.
            string json = Tdk6Samples.Ec2(App, "\"executionRoleArn\": \"" + role + "\", \"taskRoleArn\": \"" + role + "\"");
            RuleAssert.Fires(RuleIds.RoleArnFormat, json, "/executionRoleArn");
            RuleAssert.Silent(RuleIds.TaskRoleEqualsExecutionRole, json);
        }

        [Fact]
        public void Reports_invalid_equal_roles_when_TDK6019_is_ignored()
        {
            string json = Tdk6Samples.Ec2(App, "\"executionRoleArn\": \"{{role-arn}}\", \"taskRoleArn\": \"{{role-arn}}\"");
            var options = new TaskDefKit.Validation.ValidationOptions { IgnoredRules = new System.Collections.Generic.HashSet<string> { RuleIds.RoleArnFormat } };
            RuleAssert.Fires(RuleIds.TaskRoleEqualsExecutionRole, json, "/taskRoleArn", options: options);
        }

        [Fact]
        public void Different_roles_are_silent()
        {
            RuleAssert.Silent(RuleIds.TaskRoleEqualsExecutionRole, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.TaskRoleEqualsExecutionRole, Tdk6Samples.Ec2(App, "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\""));
        }
    }
}
