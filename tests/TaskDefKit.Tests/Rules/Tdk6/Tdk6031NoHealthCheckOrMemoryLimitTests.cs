using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6031NoHealthCheckOrMemoryLimitTests
    {
        [Fact]
        public void Missing_health_check_and_memory_are_reported_separately()
        {
            var found = RuleAssert.Fires(RuleIds.NoHealthCheckOrMemoryLimit, Definitions.FargateWeb, "/containerDefinitions/0/healthCheck", RuleSeverity.Info);
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/0/memory");
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Missing_health_check_only()
        {
            var found = RuleAssert.Fires(RuleIds.NoHealthCheckOrMemoryLimit, Definitions.Ec2Bridge, "/containerDefinitions/0/healthCheck");
            Assert.Single(found);
        }

        [Fact]
        public void Health_check_and_memory_are_silent()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "healthCheck": { "command": ["CMD-SHELL", "true"] } }""");
            RuleAssert.Silent(RuleIds.NoHealthCheckOrMemoryLimit, json);
        }
    }
}
