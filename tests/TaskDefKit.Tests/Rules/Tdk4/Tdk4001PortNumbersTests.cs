using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4001PortNumbersTests
    {
        [Fact]
        public void Fires_when_container_port_is_missing()
        {
            RuleAssert.Fires(RuleIds.PortNumbers, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "hostPort": 8080 }]"""), "/containerDefinitions/0/portMappings/0/containerPort", RuleSeverity.Error);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(65536)]
        [InlineData(-1)]
        public void Fires_on_container_port_outside_1_to_65535(int port)
        {
            var found = RuleAssert.Fires(RuleIds.PortNumbers, Tdk4Json.Task(Tdk4Json.Bridge, "[{ \"containerPort\": " + port + " }]"), "/containerDefinitions/0/portMappings/0/containerPort", RuleSeverity.Error);
            Assert.Contains("Invalid 'containerPort' setting", found[0].Message);
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(65536)]
        public void Fires_on_host_port_outside_0_to_65535(int port)
        {
            RuleAssert.Fires(RuleIds.PortNumbers, Tdk4Json.Task(Tdk4Json.Bridge, "[{ \"containerPort\": 80, \"hostPort\": " + port + " }]"), "/containerDefinitions/0/portMappings/0/hostPort");
        }

        [Theory]
        [InlineData("""[{ "containerPort": 1 }, { "containerPort": 65535, "hostPort": 65535 }, { "containerPort": 80, "hostPort": 0 }]""")]
        [InlineData("""[{ "containerPortRange": "8000-8100" }]""")]
        public void Silent_on_valid_ports_and_ranges(string mappings)
        {
            RuleAssert.Silent(RuleIds.PortNumbers, Tdk4Json.Task(Tdk4Json.Bridge, mappings));
        }
    }
}
