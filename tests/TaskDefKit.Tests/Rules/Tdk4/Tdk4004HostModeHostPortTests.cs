using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4004HostModeHostPortTests
    {
        [Fact]
        public void Fires_when_host_port_differs_under_host()
        {
            var found = RuleAssert.Fires(RuleIds.HostModeHostPort, Tdk4Json.Task(Tdk4Json.Host, """[{ "containerPort": 80, "hostPort": 8080 }]"""), "/containerDefinitions/0/portMappings/0/hostPort", RuleSeverity.Error);
            Assert.Contains("set it to 80", found.First(d => d.Severity == RuleSeverity.Error).Message);
        }

        [Fact]
        public void Informs_once_that_one_task_fits_per_instance()
        {
            var found = RuleAssert.Fires(RuleIds.HostModeHostPort, Tdk4Json.Task(Tdk4Json.Host, """[{ "containerPort": 80 }, { "containerPort": 443, "hostPort": 443 }]"""), "/containerDefinitions/0/portMappings/0", RuleSeverity.Info);
            Assert.Single(found);
        }

        [Fact]
        public void Silent_under_host_without_port_mappings_and_under_bridge()
        {
            RuleAssert.Silent(RuleIds.HostModeHostPort, Tdk4Json.Task(Tdk4Json.Host, "[]"));
            RuleAssert.Silent(RuleIds.HostModeHostPort, Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPort": 80, "hostPort": 8080 }]"""));
        }
    }
}
