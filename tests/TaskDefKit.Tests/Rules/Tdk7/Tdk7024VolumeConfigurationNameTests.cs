using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7024VolumeConfigurationNameTests
    {
        private static readonly string TaskWithVolume = FargateTask.Replace("\"cpu\": \"256\"", "\"volumes\": [{ \"name\": \"data\", \"configuredAtLaunch\": true }], \"cpu\": \"256\"", System.StringComparison.Ordinal);

        private static string Configure(string json, string name) =>
            With(json, "\"volumeConfigurations\": [{ \"name\": \"" + name + "\", \"managedEBSVolume\": { \"roleArn\": \"arn:aws:iam::123456789012:role/ecsInfrastructureRole\", \"sizeInGiB\": 20 } }]");

        [Fact]
        public void Unknown_volume_name_fires() =>
            Fires(RuleIds.VolumeConfigurationName, Configure(FargateService, "scratch"), TaskWithVolume, "/volumeConfigurations/0/name");

        [Fact]
        public void Volume_not_configured_at_launch_fires() =>
            Assert.Contains("configuredAtLaunch", Fires(RuleIds.VolumeConfigurationName, Configure(FargateService, "data"), TaskWithVolume.Replace("true", "false", System.StringComparison.Ordinal), "/volumeConfigurations/0/name").Message, System.StringComparison.Ordinal);

        [Fact]
        public void RunTask_with_an_unknown_volume_name_fires() =>
            Single(RuleIds.VolumeConfigurationName, ValidateRunTask(Configure(FargateRunTask, "scratch"), TaskWithVolume), "/volumeConfigurations/0/name");

        [Fact]
        public void Volume_configured_at_launch_or_an_unknown_task_definition_is_silent()
        {
            Silent(RuleIds.VolumeConfigurationName, Configure(FargateService, "data"), TaskWithVolume);
            Silent(RuleIds.VolumeConfigurationName, Configure(FargateService, "scratch"), null);
            None(RuleIds.VolumeConfigurationName, ValidateRunTask(Configure(FargateRunTask, "data"), TaskWithVolume));
        }
    }
}
