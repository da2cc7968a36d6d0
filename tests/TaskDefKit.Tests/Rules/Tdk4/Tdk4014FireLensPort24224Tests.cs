using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4014FireLensPort24224Tests
    {
        private static string Task(string routerPorts) => $$"""
            {
              "family": "logs",
              "networkMode": "bridge",
              "containerDefinitions": [
                { "name": "app", "image": "nginx:1.27", "memory": 256, "essential": true, "portMappings": [{ "containerPort": 80 }],
                  "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "cloudwatch" } } },
                { "name": "log_router", "image": "amazon/aws-for-fluent-bit:stable", "memory": 128, "essential": true,
                  "firelensConfiguration": { "type": "fluentbit" }, "portMappings": {{routerPorts}} }
              ]
            }
            """;

        [Fact]
        public void Warns_on_a_mapping_for_24224()
        {
            RuleAssert.Fires(RuleIds.FireLensPort24224, Task("""[{ "containerPort": 24224, "hostPort": 24224 }]"""), "/containerDefinitions/1/portMappings/0/containerPort", RuleSeverity.Warning);
        }

        [Fact]
        public void Warns_on_a_host_port_of_24224()
        {
            RuleAssert.Fires(RuleIds.FireLensPort24224, Task("""[{ "containerPort": 2020, "hostPort": 24224 }]"""), "/containerDefinitions/1/portMappings/0/hostPort", RuleSeverity.Warning);
        }

        [Fact]
        public void Silent_without_the_port_or_without_firelens()
        {
            RuleAssert.Silent(RuleIds.FireLensPort24224, Task("""[{ "containerPort": 2020 }]"""));
            RuleAssert.Silent(RuleIds.FireLensPort24224, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 24224 }]"""));
        }
    }
}
