using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4002NoneNetworkPortMappingsTests
    {
        [Fact]
        public void Fires_on_port_mappings_under_none()
        {
            RuleAssert.Fires(RuleIds.NoneNetworkPortMappings, Tdk4Json.Task(Tdk4Json.None, """[{ "containerPort": 80 }]"""), "/containerDefinitions/0/portMappings", RuleSeverity.Error);
        }

        [Fact]
        public void Silent_on_an_empty_list_under_none()
        {
            RuleAssert.Silent(RuleIds.NoneNetworkPortMappings, Tdk4Json.Task(Tdk4Json.None, "[]"));
        }

        [Fact]
        public void Silent_under_bridge()
        {
            RuleAssert.Silent(RuleIds.NoneNetworkPortMappings, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80 }]"""));
        }
    }
}
