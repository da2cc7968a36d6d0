using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6006AwslogsBlockingModeTests
    {
        private static string WithMode(string mode) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "us-east-1", "mode": """ + "\"" + mode + "\" } } }");

        [Fact]
        public void Blocking_mode_fires_as_info()
        {
            RuleAssert.Fires(RuleIds.AwslogsBlockingMode, WithMode("blocking"), "/containerDefinitions/0/logConfiguration/options/mode", RuleSeverity.Info);
        }

        [Fact]
        public void Non_blocking_or_unset_mode_is_silent()
        {
            RuleAssert.Silent(RuleIds.AwslogsBlockingMode, WithMode("non-blocking"));
            RuleAssert.Silent(RuleIds.AwslogsBlockingMode, Definitions.FargateWeb);
        }
    }
}
