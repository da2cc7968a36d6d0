using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6008AwsFirelensWithoutRouterTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch" } } }""";
        private const string Router = """{ "name": "log_router", "image": "amazon/aws-for-fluent-bit", "memory": 64, "firelensConfiguration": { "type": "fluentbit" } }""";

        [Fact]
        public void Awsfirelens_without_router_fires()
        {
            RuleAssert.Fires(RuleIds.AwsFirelensWithoutRouter, Tdk6Samples.Ec2(App, "\"networkMode\": \"awsvpc\""),
                "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error);
        }

        [Fact]
        public void Awsfirelens_with_router_is_silent()
        {
            RuleAssert.Silent(RuleIds.AwsFirelensWithoutRouter, Tdk6Samples.Ec2(Router + "," + App, "\"networkMode\": \"awsvpc\""));
        }
    }
}
