using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4006DuplicateContainerPortTests
    {
        [Fact]
        public void Fires_on_the_same_port_twice_with_one_protocol()
        {
            var found = RuleAssert.Fires(RuleIds.DuplicateContainerPort, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 80 }, { "containerPort": 80, "hostPort": 8080 }]"""), "/containerDefinitions/0/portMappings/1/containerPort", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("twice", found[0].Message);
        }

        [Fact]
        public void Fires_on_the_same_port_for_tcp_and_udp()
        {
            var found = RuleAssert.Fires(RuleIds.DuplicateContainerPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 53, "protocol": "udp" }, { "containerPort": 53 }]"""), "/containerDefinitions/0/portMappings/1/containerPort");
            Assert.Contains("both udp and tcp", found[0].Message);
        }

        [Fact]
        public void Fires_on_a_port_inside_another_mappings_range()
        {
            RuleAssert.Fires(RuleIds.DuplicateContainerPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPortRange": "8000-8100" }, { "containerPort": 8050 }]"""), "/containerDefinitions/0/portMappings/1/containerPort");
        }

        [Fact]
        public void Silent_on_distinct_ports_and_across_containers()
        {
            RuleAssert.Silent(RuleIds.DuplicateContainerPort, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80 }, { "containerPort": 443 }, { "containerPortRange": "8000-8100" }, { "containerPort": 8101 }]"""));
            RuleAssert.Silent(RuleIds.DuplicateContainerPort, Tdk4Json.TwoContainers(Tdk4Json.Bridge, """[{ "containerPort": 80 }]""", """[{ "containerPort": 80 }]"""));
        }
    }
}
