using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6028NoLogConfigurationTests
    {
        [Fact]
        public void Container_without_log_configuration_is_reported_once()
        {
            var found = RuleAssert.Fires(RuleIds.NoLogConfiguration, Definitions.Ec2Bridge, "/containerDefinitions/0/logConfiguration", RuleSeverity.Info);
            Assert.Single(found);
        }

        [Fact]
        public void Container_with_log_configuration_is_silent()
        {
            RuleAssert.Silent(RuleIds.NoLogConfiguration, Definitions.FargateWeb);
        }
    }
}
