using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6025HostNetworkModeTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256, "user": "1000" }""";

        [Fact]
        public void Host_mode_is_reported_once()
        {
            var found = RuleAssert.Fires(RuleIds.HostNetworkMode, Tdk6Samples.Ec2(App + "," + App.Replace("\"app\"", "\"b\""), "\"networkMode\": \"host\""), "/networkMode", RuleSeverity.Info);
            Assert.Single(found);
        }

        [Fact]
        public void Other_modes_are_silent()
        {
            RuleAssert.Silent(RuleIds.HostNetworkMode, Tdk6Samples.Ec2(App, "\"networkMode\": \"bridge\""));
            RuleAssert.Silent(RuleIds.HostNetworkMode, Definitions.FargateWeb);
        }
    }
}
