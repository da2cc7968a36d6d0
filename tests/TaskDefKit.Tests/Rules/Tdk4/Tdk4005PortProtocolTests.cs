using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4005PortProtocolTests
    {
        [Fact]
        public void Fires_on_uppercase_tcp_and_suggests_lowercase()
        {
            var found = RuleAssert.Fires(RuleIds.PortProtocol, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "protocol": "TCP" }]"""), "/containerDefinitions/0/portMappings/0/protocol", RuleSeverity.Error);
            Assert.Contains("\"tcp\"", found[0].Message);
        }

        [Fact]
        public void Fires_on_http()
        {
            var found = RuleAssert.Fires(RuleIds.PortProtocol, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "protocol": "http" }]"""), "/containerDefinitions/0/portMappings/0/protocol");
            Assert.Contains("appProtocol", found[0].Message);
        }

        [Fact]
        public void Silent_on_tcp_udp_and_omitted()
        {
            RuleAssert.Silent(RuleIds.PortProtocol, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "protocol": "tcp" }, { "containerPort": 53, "protocol": "udp" }, { "containerPort": 81 }]"""));
        }
    }
}
