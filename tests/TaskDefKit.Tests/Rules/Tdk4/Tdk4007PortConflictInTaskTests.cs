using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4007PortConflictInTaskTests
    {
        [Fact]
        public void Fires_when_two_awsvpc_containers_expose_one_port()
        {
            var found = RuleAssert.Fires(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.AwsVpc, """[{ "containerPort": 8080 }]""", """[{ "containerPort": 8080 }]"""), "/containerDefinitions/1/portMappings/0/containerPort", RuleSeverity.Error);
            Assert.Contains("container 'web'", found[0].Message);
        }

        [Fact]
        public void Fires_under_host_networking_and_for_target_fargate()
        {
            RuleAssert.Fires(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.Host, """[{ "containerPort": 9000 }]""", """[{ "containerPort": 9000 }]"""), "/containerDefinitions/1/portMappings/0/containerPort");
            RuleAssert.Fires(
                RuleIds.PortConflictInTask,
                Tdk4Json.TwoContainers(Tdk4Json.Ec2Default, """[{ "containerPort": 9000 }]""", """[{ "containerPort": 9000 }]"""),
                "/containerDefinitions/1/portMappings/0/containerPort",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Fires_when_a_port_falls_in_another_containers_range()
        {
            RuleAssert.Fires(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.AwsVpc, """[{ "containerPortRange": "9000-9100" }]""", """[{ "containerPort": 9050 }]"""), "/containerDefinitions/1/portMappings/0/containerPort");
        }

        [Fact]
        public void Fires_on_a_repeated_static_host_port_under_bridge()
        {
            RuleAssert.Fires(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 8080 }]""", """[{ "containerPort": 9000, "hostPort": 8080 }]"""), "/containerDefinitions/1/portMappings/0/hostPort");
            RuleAssert.Fires(RuleIds.PortConflictInTask, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 8080 }, { "containerPort": 81, "hostPort": 8080 }]"""), "/containerDefinitions/0/portMappings/1/hostPort");
        }

        [Fact]
        public void Leaves_a_mapping_written_twice_to_TDK4006()
        {
            string json = Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 8000, "hostPort": 8000 }, { "containerPort": 8000, "hostPort": 8000 }]""");
            RuleAssert.Silent(RuleIds.PortConflictInTask, json);
            RuleAssert.Fires(RuleIds.DuplicateContainerPort, json, "/containerDefinitions/0/portMappings/1/containerPort");
        }

        [Fact]
        public void Silent_for_different_protocols_dynamic_ports_and_bridge_container_ports()
        {
            RuleAssert.Silent(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.AwsVpc, """[{ "containerPort": 53 }]""", """[{ "containerPort": 53, "protocol": "udp" }]"""));
            RuleAssert.Silent(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 0 }]""", """[{ "containerPort": 80, "hostPort": 0 }]"""));
            RuleAssert.Silent(RuleIds.PortConflictInTask, Tdk4Json.TwoContainers(Tdk4Json.Bridge, """[{ "containerPort": 80 }]""", """[{ "containerPort": 80 }]"""));
        }
    }
}
