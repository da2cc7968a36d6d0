using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3007DockerVolumePlatformTests
    {
        private const string DockerVolume = """[{ "name": "data", "dockerVolumeConfiguration": { "scope": "shared", "autoprovision": true, "driver": "rexray/ebs" } }]""";

        [Fact]
        public void Fires_on_fargate()
        {
            RuleAssert.Fires(RuleIds.DockerVolumePlatform, Tdk3Json.Fargate(DockerVolume), "/volumes/0/dockerVolumeConfiguration", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_when_the_target_launch_type_is_fargate()
        {
            RuleAssert.Fires(
                RuleIds.DockerVolumePlatform,
                Tdk3Json.Ec2(DockerVolume),
                "/volumes/0/dockerVolumeConfiguration",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
        }

        [Fact]
        public void Fires_on_windows_with_a_driver_other_than_local()
        {
            string json = Tdk3Json.Ec2(DockerVolume, extra: """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },""");
            RuleAssert.Fires(RuleIds.DockerVolumePlatform, json, "/volumes/0/dockerVolumeConfiguration/driver", RuleSeverity.Error);
        }

        [Fact]
        public void Silent_on_windows_with_the_local_driver()
        {
            string json = Tdk3Json.Ec2(
                """[{ "name": "data", "dockerVolumeConfiguration": { "scope": "task", "driver": "local" } }]""",
                extra: """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },""");
            RuleAssert.Silent(RuleIds.DockerVolumePlatform, json);
        }

        [Fact]
        public void Silent_on_linux_ec2_with_a_plugin_driver()
        {
            RuleAssert.Silent(RuleIds.DockerVolumePlatform, Tdk3Json.Ec2(DockerVolume));
        }
    }
}
