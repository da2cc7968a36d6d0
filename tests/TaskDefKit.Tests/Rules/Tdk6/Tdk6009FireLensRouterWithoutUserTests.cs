using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6009FireLensRouterWithoutUserTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens" } }""";
        private const string Router = """{ "name": "log_router", "image": "amazon/aws-for-fluent-bit", "memory": 64, "firelensConfiguration": { "type": "fluentbit" } }""";
        private const string Router2 = """{ "name": "log_router2", "image": "fluent/fluentd", "memory": 64, "essential": false, "firelensConfiguration": { "type": "fluentd" } }""";

        [Fact]
        public void Router_without_users_fires()
        {
            string json = Tdk6Samples.Ec2(Router + """, { "name": "app", "image": "nginx", "memory": 256 }""", "\"networkMode\": \"awsvpc\"");
            RuleAssert.Fires(RuleIds.FireLensRouterWithoutUser, json, "/containerDefinitions/0/firelensConfiguration", RuleSeverity.Error);
        }

        [Fact]
        public void Second_router_warns()
        {
            string json = Tdk6Samples.Ec2(Router + "," + Router2 + "," + App, "\"networkMode\": \"awsvpc\"");
            var found = RuleAssert.Fires(RuleIds.FireLensRouterWithoutUser, json, "/containerDefinitions/1/firelensConfiguration", RuleSeverity.Warning);
            Assert.Single(found);
        }

        [Fact]
        public void Router_with_a_user_is_silent()
        {
            RuleAssert.Silent(RuleIds.FireLensRouterWithoutUser, Tdk6Samples.Ec2(Router + "," + App, "\"networkMode\": \"awsvpc\""));
        }
    }
}
