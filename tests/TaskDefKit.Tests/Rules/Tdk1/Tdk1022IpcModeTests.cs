using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1022IpcModeTests
    {
        private static string Linux(string ipcMode) => $$"""
            {
              "family": "shm",
              "ipcMode": "{{ipcMode}}",
              "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64 }]
            }
            """;

        [Fact]
        public void Fires_on_an_unknown_value() =>
            RuleAssert.Fires(RuleIds.IpcMode, Linux("shareable"), "/ipcMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_fargate() =>
            RuleAssert.Fires(RuleIds.IpcMode, Definitions.FargateWeb.Replace("\"family\": \"web\",", "\"family\": \"web\", \"ipcMode\": \"task\","), "/ipcMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_windows() =>
            RuleAssert.Fires(
                RuleIds.IpcMode,
                Linux("none").Replace("\"family\": \"shm\",", "\"family\": \"shm\", \"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" },"),
                "/ipcMode");

        [Theory]
        [InlineData("host")]
        [InlineData("task")]
        [InlineData("none")]
        public void Silent_for_known_values_on_linux_ec2(string mode) =>
            RuleAssert.Silent(RuleIds.IpcMode, Linux(mode));

        [Fact]
        public void Silent_when_absent_on_fargate() =>
            RuleAssert.Silent(RuleIds.IpcMode, Definitions.FargateWeb);
    }
}
