using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1009NetworkModePlatformTests
    {
        private static string Windows(string networkMode) => $$"""
            {
              "family": "iis",
              {{networkMode}}
              "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },
              "containerDefinitions": [{ "name": "iis", "image": "mcr.microsoft.com/windows/servercore/iis", "memory": 1024 }]
            }
            """;

        private static string External(string networkMode) => $$"""
            {
              "family": "edge",
              "requiresCompatibilities": ["EXTERNAL"],
              "networkMode": "{{networkMode}}",
              "containerDefinitions": [{ "name": "app", "image": "nginx", "memory": 128 }]
            }
            """;

        [Fact]
        public void Fires_for_bridge_on_windows_ec2() =>
            RuleAssert.Fires(RuleIds.NetworkModePlatform, Windows("\"networkMode\": \"bridge\","), "/networkMode", RuleSeverity.Warning);

        [Fact]
        public void Fires_for_host_on_windows_ec2() =>
            RuleAssert.Fires(RuleIds.NetworkModePlatform, Windows("\"networkMode\": \"host\","), "/networkMode", RuleSeverity.Warning);

        [Fact]
        public void Silent_for_awsvpc_on_windows() =>
            RuleAssert.Silent(RuleIds.NetworkModePlatform, Windows("\"networkMode\": \"awsvpc\","));

        [Fact]
        public void Silent_for_the_default_mode_on_windows() =>
            RuleAssert.Silent(RuleIds.NetworkModePlatform, Windows(string.Empty));

        [Fact]
        public void Fires_for_awsvpc_on_external_only() =>
            RuleAssert.Fires(RuleIds.NetworkModePlatform, External("awsvpc"), "/networkMode", RuleSeverity.Warning);

        [Theory]
        [InlineData("bridge")]
        [InlineData("host")]
        [InlineData("none")]
        public void Silent_for_supported_modes_on_external(string mode) =>
            RuleAssert.Silent(RuleIds.NetworkModePlatform, External(mode));

        [Fact]
        public void Silent_for_awsvpc_when_external_is_listed_with_ec2() =>
            RuleAssert.Silent(RuleIds.NetworkModePlatform, External("awsvpc").Replace("[\"EXTERNAL\"]", "[\"EXTERNAL\", \"EC2\"]"));

        [Fact]
        public void Silent_for_linux_bridge() =>
            RuleAssert.Silent(RuleIds.NetworkModePlatform, Definitions.Ec2Bridge);
    }
}
