using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6004AwslogsStreamPrefixTests
    {
        private const string NoPrefix = """{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1" } } }""";

        [Fact]
        public void Missing_prefix_on_fargate_fires()
        {
            RuleAssert.Fires(RuleIds.AwslogsStreamPrefix, Tdk6Samples.Fargate(NoPrefix, Tdk6Samples.ExecutionRole),
                "/containerDefinitions/0/logConfiguration/options/awslogs-stream-prefix", RuleSeverity.Error);
        }

        [Fact]
        public void Missing_prefix_on_ec2_is_silent()
        {
            RuleAssert.Silent(RuleIds.AwslogsStreamPrefix, Tdk6Samples.Ec2(NoPrefix));
            RuleAssert.Silent(RuleIds.AwslogsStreamPrefix, Definitions.FargateWeb);
        }

        [Fact]
        public void Prefix_with_colon_fires_on_any_launch_type()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web:*" } } }""");
            RuleAssert.Fires(RuleIds.AwslogsStreamPrefix, json, "/containerDefinitions/0/logConfiguration/options/awslogs-stream-prefix", RuleSeverity.Error);
        }
    }
}
