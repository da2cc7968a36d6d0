using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6023ContainerRunsAsRootTests
    {
        private static string WithUser(string? user) =>
            Tdk6Samples.Ec2("{ \"name\": \"app\", \"image\": \"nginx\", \"memory\": 256" + (user is null ? string.Empty : ", \"user\": \"" + user + "\"") + " }");

        [Theory]
        [InlineData(null)]
        [InlineData("root")]
        [InlineData("0")]
        [InlineData("0:0")]
        [InlineData("1000:0")]
        [InlineData("root:app")]
        public void Root_users_are_reported_once(string? user)
        {
            var found = RuleAssert.Fires(RuleIds.ContainerRunsAsRoot, WithUser(user), "/containerDefinitions/0/user", RuleSeverity.Info);
            Assert.Single(found);
        }

        [Theory]
        [InlineData("1000")]
        [InlineData("1000:1000")]
        [InlineData("app")]
        [InlineData("nginx:nginx")]
        [InlineData("10")]
        public void Non_root_users_are_silent(string user)
        {
            RuleAssert.Silent(RuleIds.ContainerRunsAsRoot, WithUser(user));
        }

        [Fact]
        public void Defers_to_TDK6024_for_root_in_host_network_mode()
        {
            // Corpus 013, 040: one container got both "runs as root" and "runs as root in host network mode".
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256 }, { "name": "priv", "image": "nginx", "memory": 256, "privileged": true }""", "\"networkMode\": \"host\"");
            var all = RuleAssert.Validate(json);
            Assert.Contains(all, d => d.RuleId == RuleIds.HostNetworkRootUser && d.Pointer == "/containerDefinitions/0/user");
            Assert.DoesNotContain(all, d => d.RuleId == RuleIds.ContainerRunsAsRoot && d.Pointer == "/containerDefinitions/0/user");

            // Near miss: TDK6024 skips privileged containers (TDK6021 covers them), so TDK6023 still reports that one.
            Assert.Contains(all, d => d.RuleId == RuleIds.ContainerRunsAsRoot && d.Pointer == "/containerDefinitions/1/user");
        }

        [Fact]
        public void Reports_in_host_network_mode_when_TDK6024_is_ignored()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256 }""", "\"networkMode\": \"host\"");
            var options = new TaskDefKit.Validation.ValidationOptions { IgnoredRules = new System.Collections.Generic.HashSet<string> { RuleIds.HostNetworkRootUser } };
            RuleAssert.Fires(RuleIds.ContainerRunsAsRoot, json, "/containerDefinitions/0/user", options: options);
        }

        [Fact]
        public void Windows_is_silent()
        {
            RuleAssert.Silent(RuleIds.ContainerRunsAsRoot,
                Tdk6Samples.Ec2("""{ "name": "a", "image": "iis", "memory": 1024 }""", "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" }"));
        }

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Probably_windows_without_runtime_platform_is_silent(string members, string extra)
        {
            RuleAssert.Silent(RuleIds.ContainerRunsAsRoot, Tdk6Samples.Ec2App(members, extra));
        }

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Explicit_linux_platform_wins_over_windows_signals(string members, string extra)
        {
            RuleAssert.Fires(RuleIds.ContainerRunsAsRoot, Tdk6Samples.Ec2App(members, extra, Tdk6Samples.LinuxPlatform), "/containerDefinitions/0/user");
        }

        [Theory]
        [InlineData("\"image\": \"mcr.microsoft.com/dotnet/aspnet:8.0\"")]
        [InlineData("\"image\": \"mcr.microsoft.com/windowsfoo/app\"")]
        [InlineData("\"image\": \"app\", \"dockerSecurityOptions\": [\"no-new-privileges\"]")]
        public void Near_misses_still_fire(string members)
        {
            RuleAssert.Fires(RuleIds.ContainerRunsAsRoot, Tdk6Samples.Ec2App(members), "/containerDefinitions/0/user");
        }
    }
}
