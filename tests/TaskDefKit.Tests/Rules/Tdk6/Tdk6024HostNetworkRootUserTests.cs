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

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Probably_windows_without_runtime_platform_is_silent(string members, string extra)
        {
            RuleAssert.Silent(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2App(members, extra, Host));
        }

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Explicit_linux_platform_wins_over_windows_signals(string members, string extra)
        {
            RuleAssert.Fires(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2App(members, extra, Tdk6Samples.LinuxPlatform, Host), "/containerDefinitions/0/user");
        }

        [Theory]
        [InlineData("\"image\": \"mcr.microsoft.com/dotnet/aspnet:8.0\"")]
        [InlineData("\"image\": \"mcr.microsoft.com/windowsfoo/app\"")]
        [InlineData("\"image\": \"app\", \"dockerSecurityOptions\": [\"no-new-privileges\"]")]
        public void Near_misses_still_fire(string members)
        {
            RuleAssert.Fires(RuleIds.HostNetworkRootUser, Tdk6Samples.Ec2App(members, Host), "/containerDefinitions/0/user");
        }
    }
}
