using System.Text;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4010ContainerPortRangeUsageTests
    {
        [Fact]
        public void Fires_under_host_networking()
        {
            RuleAssert.Fires(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.Host, """[{ "containerPortRange": "8000-8100" }]"""), "/containerDefinitions/0/portMappings/0/containerPortRange", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_when_the_mapping_also_sets_container_or_host_port()
        {
            string json = Tdk4Json.Task(Tdk4Json.Bridge, """[{ "containerPortRange": "8000-8100", "containerPort": 8000, "hostPort": 9000 }]""");
            RuleAssert.Fires(RuleIds.ContainerPortRangeUsage, json, "/containerDefinitions/0/portMappings/0/containerPort");
            RuleAssert.Fires(RuleIds.ContainerPortRangeUsage, json, "/containerDefinitions/0/portMappings/0/hostPort");
        }

        [Fact]
        public void Fires_on_overlapping_ranges()
        {
            RuleAssert.Fires(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPortRange": "8000-8100" }, { "containerPortRange": "8100-8200" }]"""), "/containerDefinitions/0/portMappings/1/containerPortRange");
        }

        [Fact]
        public void Fires_on_the_101st_range()
        {
            var mappings = new StringBuilder("[");
            for (int i = 0; i < 101; i++)
            {
                mappings.Append(i == 0 ? string.Empty : ",").Append("{ \"containerPortRange\": \"").Append(10000 + (i * 10)).Append('-').Append(10005 + (i * 10)).Append("\" }");
            }

            var found = RuleAssert.Fires(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.AwsVpc, mappings.Append(']').ToString()), "/containerDefinitions/0/portMappings/100/containerPortRange");
            Assert.Single(found);
        }

        [Fact]
        public void Silent_for_separate_ranges_under_bridge_awsvpc_and_fargate()
        {
            const string Ranges = """[{ "containerPortRange": "8000-8099" }, { "containerPortRange": "8100-8199" }]""";
            RuleAssert.Silent(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.Bridge, Ranges));
            RuleAssert.Silent(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.AwsVpc, Ranges));
            RuleAssert.Silent(RuleIds.ContainerPortRangeUsage, Tdk4Json.Task(Tdk4Json.Fargate, Ranges));
        }
    }
}
