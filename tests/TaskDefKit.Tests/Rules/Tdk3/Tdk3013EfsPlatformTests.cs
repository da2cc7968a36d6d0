using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3013EfsPlatformTests
    {
        private const string EfsVolume = """[{ "name": "shared", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED", "authorizationConfig": { "iam": "ENABLED" } } }]""";

        [Fact]
        public void Fires_on_external()
        {
            RuleAssert.Fires(
                RuleIds.EfsPlatform,
                Tdk3Json.Ec2(EfsVolume, extra: """ "requiresCompatibilities": ["EXTERNAL"], """),
                "/volumes/0/efsVolumeConfiguration",
                RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_windows()
        {
            RuleAssert.Fires(
                RuleIds.EfsPlatform,
                Tdk3Json.Ec2(EfsVolume, extra: """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_CORE" }, """),
                "/volumes/0/efsVolumeConfiguration",
                RuleSeverity.Error);
        }

        [Fact]
        public void Informs_about_the_fargate_platform_version()
        {
            var found = RuleAssert.Fires(RuleIds.EfsPlatform, Tdk3Json.Fargate(EfsVolume), "/volumes/0/efsVolumeConfiguration", RuleSeverity.Info);
            Assert.Contains("1.4.0", found[0].Message);
        }

        [Fact]
        public void Informs_about_the_ec2_agent_version_for_iam()
        {
            RuleAssert.Fires(RuleIds.EfsPlatform, Tdk3Json.Ec2(EfsVolume), "/volumes/0/efsVolumeConfiguration/authorizationConfig", RuleSeverity.Info);
        }

        [Fact]
        public void Silent_on_ec2_without_access_point_or_iam()
        {
            RuleAssert.Silent(RuleIds.EfsPlatform, Tdk3Json.Ec2("""[{ "name": "shared", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]"""));
        }
    }
}
