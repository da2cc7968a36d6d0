using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6011FireLensHygieneTests
    {
        private const string Router = """{ "name": "log_router", "image": "amazon/aws-for-fluent-bit", "memory": 64, "firelensConfiguration": { "type": "fluentbit" } }""";

        [Fact]
        public void Non_essential_router_warns()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "log_router", "image": "amazon/aws-for-fluent-bit", "memory": 64, "essential": false, "firelensConfiguration": { "type": "fluentbit" } },""" +
                """{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens" } }""", "\"networkMode\": \"awsvpc\"");
            RuleAssert.Fires(RuleIds.FireLensHygiene, json, "/containerDefinitions/0/essential", RuleSeverity.Warning);
        }

        [Fact]
        public void Depending_on_router_completion_warns()
        {
            string json = Tdk6Samples.Ec2(Router + """,{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens" }, "dependsOn": [{ "containerName": "log_router", "condition": "COMPLETE" }] }""", "\"networkMode\": \"awsvpc\"");
            RuleAssert.Fires(RuleIds.FireLensHygiene, json, "/containerDefinitions/1/dependsOn/0/condition", RuleSeverity.Warning);
        }

        [Fact]
        public void Bridge_app_without_dependency_is_silent_because_ecs_orders_the_router_first()
        {
            string json = Tdk6Samples.Ec2(Router + """,{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens" } }""");
            RuleAssert.Silent(RuleIds.FireLensHygiene, json);
        }

        [Fact]
        public void Buffer_limit_with_another_driver_is_an_error()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "json-file", "options": { "log-driver-buffer-limit": "2097152" } } }""");
            RuleAssert.Fires(RuleIds.FireLensHygiene, json, "/containerDefinitions/0/logConfiguration/options/log-driver-buffer-limit", RuleSeverity.Error);
        }

        [Fact]
        public void Well_formed_bridge_setup_is_silent()
        {
            string json = Tdk6Samples.Ec2(Router + """,{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "log-driver-buffer-limit": "2097152" } }, "dependsOn": [{ "containerName": "log_router", "condition": "START" }] }""");
            RuleAssert.Silent(RuleIds.FireLensHygiene, json);
        }
    }
}
