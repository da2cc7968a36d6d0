using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6017FargateAwslogsRequiresExecutionRoleTests
    {
        private const string Awslogs = """{ "name": "app", "image": "nginx", "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app" } } }""";

        [Fact]
        public void Awslogs_on_fargate_without_role_fires()
        {
            RuleAssert.Fires(RuleIds.FargateAwslogsRequiresExecutionRole, Tdk6Samples.Fargate(Awslogs),
                "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error);
        }

        [Fact]
        public void Blank_role_is_left_to_TDK6019()
        {
            // One finding per problem: TDK6019 reports the empty member; this rule reports only a missing one.
            string json = Tdk6Samples.Fargate(Awslogs, "\"executionRoleArn\": \" \"");
            RuleAssert.Silent(RuleIds.FargateAwslogsRequiresExecutionRole, json);
            RuleAssert.Fires(RuleIds.RoleArnFormat, json, "/executionRoleArn");
        }

        [Fact]
        public void With_role_or_on_ec2_is_silent()
        {
            RuleAssert.Silent(RuleIds.FargateAwslogsRequiresExecutionRole, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.FargateAwslogsRequiresExecutionRole, Tdk6Samples.Ec2(Awslogs));
        }
    }
}
