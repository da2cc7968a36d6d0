using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3003VolumeKindTests
    {
        [Fact]
        public void Fires_when_a_volume_sets_two_kinds()
        {
            var found = RuleAssert.Fires(
                RuleIds.VolumeKind,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "/srv" }, "dockerVolumeConfiguration": { "scope": "task" } }]"""),
                "/volumes/0",
                RuleSeverity.Error);
            Assert.Contains("host and dockerVolumeConfiguration", found[0].Message);
        }

        [Fact]
        public void Fires_when_configured_at_launch_is_combined_with_efs()
        {
            RuleAssert.Fires(
                RuleIds.VolumeKind,
                Tdk3Json.Fargate("""[{ "name": "data", "configuredAtLaunch": true, "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]"""),
                "/volumes/0");
        }

        [Fact]
        public void Fires_on_a_second_volume_configured_at_launch()
        {
            RuleAssert.Fires(
                RuleIds.VolumeKind,
                Tdk3Json.Fargate("""[{ "name": "a", "configuredAtLaunch": true }, { "name": "b", "configuredAtLaunch": true }]"""),
                "/volumes/1/configuredAtLaunch");
        }

        [Fact]
        public void Silent_for_one_kind_each_and_configured_at_launch_false()
        {
            RuleAssert.Silent(
                RuleIds.VolumeKind,
                Tdk3Json.Ec2("""[{ "name": "a", "host": {} }, { "name": "b", "configuredAtLaunch": true }, { "name": "c", "configuredAtLaunch": false, "dockerVolumeConfiguration": { "scope": "task" } }, { "name": "d" }]"""));
        }
    }
}
