using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1024FargateOperatingSystemTests
    {
        private static string Fargate(string family, string compatibilities = "[\"FARGATE\"]") => $$"""
            {
              "family": "app",
              "networkMode": "awsvpc",
              "requiresCompatibilities": {{compatibilities}},
              "cpu": "1024",
              "memory": "2048",
              "runtimePlatform": { "operatingSystemFamily": "{{family}}" },
              "containerDefinitions": [{ "name": "app", "image": "busybox" }]
            }
            """;

        [Theory]
        [InlineData("WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2022_FULL")]
        [InlineData("WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2022_CORE")]
        [InlineData("WINDOWS_SERVER_20H2_CORE", "WINDOWS_SERVER_2022_CORE")]
        public void Fires_for_ec2_only_windows_versions(string family, string suggestion)
        {
            var found = RuleAssert.Fires(RuleIds.FargateOperatingSystem, Fargate(family), "/runtimePlatform/operatingSystemFamily", RuleSeverity.Error);
            Assert.Contains(suggestion, found[0].Message);
        }

        [Fact]
        public void Windows_server_2025_is_a_warning() =>
            RuleAssert.Fires(RuleIds.FargateOperatingSystem, Fargate("WINDOWS_SERVER_2025_CORE"), "/runtimePlatform/operatingSystemFamily", RuleSeverity.Warning);

        [Theory]
        [InlineData("LINUX")]
        [InlineData("WINDOWS_SERVER_2019_FULL")]
        [InlineData("WINDOWS_SERVER_2019_CORE")]
        [InlineData("WINDOWS_SERVER_2022_FULL")]
        [InlineData("WINDOWS_SERVER_2022_CORE")]
        public void Silent_for_fargate_families(string family) =>
            RuleAssert.Silent(RuleIds.FargateOperatingSystem, Fargate(family));

        [Fact]
        public void Silent_on_ec2() =>
            RuleAssert.Silent(RuleIds.FargateOperatingSystem, Fargate("WINDOWS_SERVER_2016_FULL", "[\"EC2\"]"));

        [Fact]
        public void Leaves_unknown_values_to_TDK1023() =>
            RuleAssert.Silent(RuleIds.FargateOperatingSystem, Fargate("WINDOWS_SERVER_2012"));
    }
}
