using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6003AwslogsRequiredOptionsTests
    {
        [Fact]
        public void Missing_group_and_region_fire_separately()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs" } }""");
            var found = RuleAssert.Fires(RuleIds.AwslogsRequiredOptions, json, "/containerDefinitions/0/logConfiguration/options/awslogs-group", RuleSeverity.Error);
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/0/logConfiguration/options/awslogs-region");
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Invalid_group_name_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "my group!", "awslogs-region": "us-east-1" } } }""");
            var found = RuleAssert.Fires(RuleIds.AwslogsRequiredOptions, json, "/containerDefinitions/0/logConfiguration/options/awslogs-group");
            Assert.Single(found);
        }

        [Fact]
        public void Empty_region_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/app", "awslogs-region": "" } } }""");
            RuleAssert.Fires(RuleIds.AwslogsRequiredOptions, json, "/containerDefinitions/0/logConfiguration/options/awslogs-region");
        }

        [Fact]
        public void Complete_awslogs_and_other_drivers_are_silent()
        {
            RuleAssert.Silent(RuleIds.AwslogsRequiredOptions, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.AwslogsRequiredOptions, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "json-file" } }"""));
        }
    }
}
