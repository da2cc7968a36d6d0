using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1023RuntimePlatformValueTests
    {
        private static string With(string platform) => $$"""
            {
              "family": "app",
              "runtimePlatform": {{platform}},
              "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64 }]
            }
            """;

        [Fact]
        public void Fires_on_an_unknown_operating_system_family() =>
            RuleAssert.Fires(RuleIds.RuntimePlatformValue, With("""{ "operatingSystemFamily": "UBUNTU" }"""), "/runtimePlatform/operatingSystemFamily", RuleSeverity.Error);

        [Fact]
        public void Fires_on_lower_case_and_names_the_value()
        {
            var found = RuleAssert.Fires(RuleIds.RuntimePlatformValue, With("""{ "operatingSystemFamily": "linux" }"""), "/runtimePlatform/operatingSystemFamily");
            Assert.Contains("'LINUX'", found[0].Message);
        }

        [Fact]
        public void Fires_on_an_unknown_cpu_architecture_and_suggests_the_spelling()
        {
            var found = RuleAssert.Fires(RuleIds.RuntimePlatformValue, With("""{ "cpuArchitecture": "aarch64" }"""), "/runtimePlatform/cpuArchitecture", RuleSeverity.Error);
            Assert.Contains("'ARM64'", found[0].Message);
        }

        [Fact]
        public void Reports_both_members()
        {
            var found = RuleAssert.Fires(RuleIds.RuntimePlatformValue, With("""{ "cpuArchitecture": "amd64", "operatingSystemFamily": "WINDOWS" }"""));
            Assert.Equal(2, found.Count);
        }

        [Theory]
        [InlineData("LINUX", "ARM64")]
        [InlineData("WINDOWS_SERVER_2025_CORE", "X86_64")]
        [InlineData("WINDOWS_SERVER_20H2_CORE", "X86_64")]
        public void Silent_on_api_values(string family, string architecture) =>
            RuleAssert.Silent(RuleIds.RuntimePlatformValue, With("{ \"operatingSystemFamily\": \"" + family + "\", \"cpuArchitecture\": \"" + architecture + "\" }"));
    }
}
