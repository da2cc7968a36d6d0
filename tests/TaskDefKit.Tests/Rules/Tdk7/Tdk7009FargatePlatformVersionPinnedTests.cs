using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7009FargatePlatformVersionPinnedTests
    {
        private static readonly string WindowsTask = FargateTask.Replace("\"cpu\": \"256\"", "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2022_CORE\" }, \"cpu\": \"1024\"", System.StringComparison.Ordinal)
            .Replace("\"memory\": \"512\"", "\"memory\": \"2048\"", System.StringComparison.Ordinal);

        private static string Pinned(string json, string version) => With(json, "\"platformVersion\": \"" + version + "\"");

        [Fact]
        public void Fargate_service_on_an_old_linux_version_fires() =>
            Assert.Contains("1.4.0", Fires(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.3.0"), FargateTask, "/platformVersion").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Linux_task_definition_on_version_1_0_0_fires() =>
            Fires(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.0.0"), FargateTask, "/platformVersion");

        [Fact]
        public void RunTask_on_an_old_version_fires() =>
            Single(RuleIds.FargatePlatformVersionPinned, ValidateRunTask(Pinned(FargateRunTask, "1.2.0"), null), "/platformVersion");

        [Fact]
        public void Latest_and_the_latest_version_pinned_by_number_are_silent()
        {
            // Security Hub ECS.10 accepts LATEST and the latest version by number: 1.4.0 on Linux, 1.0.0 on Windows.
            Silent(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "LATEST"), FargateTask);
            Silent(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.4.0"), FargateTask);
            Silent(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.0.0"), WindowsTask);
            Silent(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.0.0"), null);
            None(RuleIds.FargatePlatformVersionPinned, ValidateRunTask(Pinned(FargateRunTask, "LATEST"), null));
        }

        [Fact]
        public void Windows_task_definition_on_the_linux_version_fires() =>
            Fires(RuleIds.FargatePlatformVersionPinned, Pinned(FargateService, "1.4.0"), WindowsTask, "/platformVersion");

        [Fact]
        public void Ec2_service_is_not_judged() =>
            Silent(RuleIds.FargatePlatformVersionPinned, Pinned(WithLaunch(FargateService, "\"launchType\": \"EC2\""), "1.3.0"), null);
    }
}
