using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6001LogDriverTests
    {
        [Fact]
        public void Unknown_driver_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "logentries" } }""");
            var found = RuleAssert.Fires(RuleIds.LogDriver, json, "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error);
            Assert.Contains("logentries", found[0].Message);
        }

        [Fact]
        public void Missing_driver_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "options": { "tag": "x" } } }""");
            RuleAssert.Fires(RuleIds.LogDriver, json, "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error);
        }

        [Fact]
        public void Known_drivers_are_silent()
        {
            RuleAssert.Silent(RuleIds.LogDriver, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "json-file" } }"""));
            RuleAssert.Silent(RuleIds.LogDriver, Definitions.FargateWeb);
        }
    }
}
