using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6022WritableRootFilesystemTests
    {
        [Fact]
        public void Unset_fires_once_per_container()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "a", "image": "nginx", "memory": 256 }, { "name": "b", "image": "nginx", "memory": 256, "readonlyRootFilesystem": false }""");
            var found = RuleAssert.Fires(RuleIds.WritableRootFilesystem, json, "/containerDefinitions/0/readonlyRootFilesystem", RuleSeverity.Info);
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/1/readonlyRootFilesystem");
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Read_only_or_windows_is_silent()
        {
            RuleAssert.Silent(RuleIds.WritableRootFilesystem, Definitions.FargateWeb);
            RuleAssert.Silent(RuleIds.WritableRootFilesystem,
                Tdk6Samples.Ec2("""{ "name": "a", "image": "mcr.microsoft.com/windows/servercore/iis", "memory": 1024 }""", "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" }"));
        }

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Probably_windows_without_runtime_platform_is_silent(string members, string extra)
        {
            RuleAssert.Silent(RuleIds.WritableRootFilesystem, Tdk6Samples.Ec2App(members, extra));
        }

        [Theory]
        [MemberData(nameof(Tdk6Samples.WindowsSignals), MemberType = typeof(Tdk6Samples))]
        public void Explicit_linux_platform_wins_over_windows_signals(string members, string extra)
        {
            RuleAssert.Fires(RuleIds.WritableRootFilesystem, Tdk6Samples.Ec2App(members, extra, Tdk6Samples.LinuxPlatform), "/containerDefinitions/0/readonlyRootFilesystem");
        }

        [Theory]
        [InlineData("\"image\": \"mcr.microsoft.com/dotnet/aspnet:8.0\"")]
        [InlineData("\"image\": \"mcr.microsoft.com/windowsfoo/app\"")]
        [InlineData("\"image\": \"app\", \"dockerSecurityOptions\": [\"no-new-privileges\"]")]
        public void Near_misses_still_fire(string members)
        {
            RuleAssert.Fires(RuleIds.WritableRootFilesystem, Tdk6Samples.Ec2App(members), "/containerDefinitions/0/readonlyRootFilesystem");
        }
    }
}
