using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1021PidModeTests
    {
        private static string Linux(string pidMode) => $$"""
            {
              "family": "mon",
              "pidMode": "{{pidMode}}",
              "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64 }]
            }
            """;

        [Fact]
        public void Fires_on_an_unknown_value() =>
            RuleAssert.Fires(RuleIds.PidMode, Linux("container"), "/pidMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_an_empty_value() =>
            RuleAssert.Fires(RuleIds.PidMode, Linux(string.Empty), "/pidMode", RuleSeverity.Error);

        [Fact]
        public void Fires_for_host_on_fargate() =>
            RuleAssert.Fires(RuleIds.PidMode, Definitions.FargateWeb.Replace("\"family\": \"web\",", "\"family\": \"web\", \"pidMode\": \"host\","), "/pidMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_windows() =>
            RuleAssert.Fires(
                RuleIds.PidMode,
                Linux("task").Replace("\"family\": \"mon\",", "\"family\": \"mon\", \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_FULL\" },"),
                "/pidMode");

        [Fact]
        public void Silent_for_task_on_fargate() =>
            RuleAssert.Silent(RuleIds.PidMode, Definitions.FargateWeb.Replace("\"family\": \"web\",", "\"family\": \"web\", \"pidMode\": \"task\","));

        [Theory]
        [InlineData("host")]
        [InlineData("task")]
        public void Silent_for_known_values_on_linux_ec2(string mode) =>
            RuleAssert.Silent(RuleIds.PidMode, Linux(mode));
    }
}
