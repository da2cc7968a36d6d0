using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3001VolumeNameTests
    {
        [Fact]
        public void Fires_on_invalid_characters()
        {
            var found = RuleAssert.Fires(RuleIds.VolumeName, Tdk3Json.Ec2("""[{ "name": "my data" }]"""), "/volumes/0/name", RuleSeverity.Error);
            Assert.Contains("'my data'", found[0].Message);
            Assert.Contains("my-data", found[0].Message);
        }

        [Fact]
        public void Fires_on_empty_name()
        {
            RuleAssert.Fires(RuleIds.VolumeName, Tdk3Json.Ec2("""[{ "name": "" }]"""), "/volumes/0/name", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_256_characters_but_not_255()
        {
            RuleAssert.Fires(RuleIds.VolumeName, Tdk3Json.Ec2("[{ \"name\": \"" + new string('a', 256) + "\" }]"), "/volumes/0/name");
            RuleAssert.Silent(RuleIds.VolumeName, Tdk3Json.Ec2("[{ \"name\": \"" + new string('a', 255) + "\" }]"));
        }

        [Fact]
        public void Fires_when_an_efs_volume_has_no_name()
        {
            RuleAssert.Fires(RuleIds.VolumeName, Tdk3Json.Fargate("""[{ "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]"""), "/volumes/0/name", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_when_a_volume_configured_at_launch_has_no_name()
        {
            RuleAssert.Fires(RuleIds.VolumeName, Tdk3Json.Fargate("""[{ "configuredAtLaunch": true }]"""), "/volumes/0/name");
        }

        [Fact]
        public void Silent_on_letters_digits_underscore_and_hyphen()
        {
            RuleAssert.Silent(RuleIds.VolumeName, Tdk3Json.Ec2("""[{ "name": "Data_01-b", "host": { "sourcePath": "/srv" } }]"""));
        }

        [Fact]
        public void Silent_when_a_host_volume_has_no_name()
        {
            RuleAssert.Silent(RuleIds.VolumeName, Tdk3Json.Ec2("""[{ "host": { "sourcePath": "/srv" } }]"""));
        }
    }
}
