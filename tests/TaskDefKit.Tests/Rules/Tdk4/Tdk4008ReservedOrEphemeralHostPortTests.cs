using System.Text;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4008ReservedOrEphemeralHostPortTests
    {
        [Theory]
        [InlineData(22)]
        [InlineData(2375)]
        [InlineData(2376)]
        [InlineData(51678)]
        [InlineData(51680)]
        public void Warns_on_reserved_host_ports(int port)
        {
            var found = RuleAssert.Fires(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(Tdk4Json.Bridge, "[{ \"containerPort\": 80, \"hostPort\": " + port + " }]"), "/containerDefinitions/0/portMappings/0/hostPort", RuleSeverity.Warning);
            Assert.Contains("reserved", found[0].Message);
        }

        [Theory]
        [InlineData(32768)]
        [InlineData(49153)]
        public void Warns_on_ephemeral_host_ports_on_linux(int port)
        {
            RuleAssert.Fires(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(Tdk4Json.Ec2Default, "[{ \"containerPort\": 80, \"hostPort\": " + port + " }]"), "/containerDefinitions/0/portMappings/0/hostPort", RuleSeverity.Warning);
        }

        [Fact]
        public void Uses_the_windows_range_on_windows()
        {
            string windows = Tdk4Json.Bridge + " \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },";
            RuleAssert.Silent(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(windows, """[{ "containerPort": 80, "hostPort": 40000 }]"""));
            RuleAssert.Fires(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(windows, """[{ "containerPort": 80, "hostPort": 49152 }]"""), "/containerDefinitions/0/portMappings/0/hostPort");
        }

        [Fact]
        public void Informs_when_static_host_ports_exceed_the_instance_quota()
        {
            var mappings = new StringBuilder("[");
            for (int i = 0; i < 95; i++)
            {
                mappings.Append(i == 0 ? string.Empty : ",").Append("{ \"containerPort\": ").Append(10000 + i).Append(", \"hostPort\": ").Append(10000 + i).Append(" }");
            }

            RuleAssert.Fires(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(Tdk4Json.Bridge, mappings.Append(']').ToString()), "/containerDefinitions/0/portMappings/94/hostPort", RuleSeverity.Info);
        }

        [Fact]
        public void Silent_on_ordinary_and_dynamic_host_ports_and_outside_bridge()
        {
            RuleAssert.Silent(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 8080 }, { "containerPort": 81, "hostPort": 32767 }, { "containerPort": 82, "hostPort": 0 }, { "containerPort": 83 }]"""));
            RuleAssert.Silent(RuleIds.ReservedOrEphemeralHostPort, Tdk4Json.Task(Tdk4Json.Host, """[{ "containerPort": 22, "hostPort": 22 }]"""));
        }
    }
}
