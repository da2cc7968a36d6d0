using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6020TaskRoleEqualsExecutionRoleTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Fact]
        public void Same_arn_warns()
        {
            string json = Tdk6Samples.Ec2(App, Tdk6Samples.ExecutionRole + ", \"taskRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"");
            RuleAssert.Fires(RuleIds.TaskRoleEqualsExecutionRole, json, "/taskRoleArn", RuleSeverity.Warning);
        }

        [Fact]
        public void Bare_name_of_the_execution_role_warns()
        {
            string json = Tdk6Samples.Ec2(App, Tdk6Samples.ExecutionRole + ", \"taskRoleArn\": \"ecsTaskExecutionRole\"");
            RuleAssert.Fires(RuleIds.TaskRoleEqualsExecutionRole, json, "/taskRoleArn");
        }

        [Fact]
        public void Different_roles_are_silent()
        {
            RuleAssert.Silent(RuleIds.TaskRoleEqualsExecutionRole, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.TaskRoleEqualsExecutionRole, Tdk6Samples.Ec2(App, "\"taskRoleArn\": \"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\""));
        }
    }
}
