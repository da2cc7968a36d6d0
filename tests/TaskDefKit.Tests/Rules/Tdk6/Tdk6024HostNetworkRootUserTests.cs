using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6024HostNetworkRootUserTests
    {
        private const string Host = "\"networkMode\": \"host\"";

        [Fact]
        public void Root_container_in_host_mode_warns()
        {
            RuleAssert.Fires(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256 }""", Host),
                "/containerDefinitions/0/user", RuleSeverity.Warning);
            RuleAssert.Fires(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "user": "0" }""", Host),
                "/containerDefinitions/0/user");
        }

        [Fact]
        public void Non_root_privileged_or_bridge_is_silent()
        {
            RuleAssert.Silent(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "user": "1000" }""", Host));
            RuleAssert.Silent(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "privileged": true }""", Host));
            RuleAssert.Silent(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256 }"""));
        }
    }
}
