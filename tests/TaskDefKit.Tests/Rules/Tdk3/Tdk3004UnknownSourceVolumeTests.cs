using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3004UnknownSourceVolumeTests
    {
        [Fact]
        public void Fires_when_no_volume_has_the_name()
        {
            var found = RuleAssert.Fires(
                RuleIds.UnknownSourceVolume,
                Tdk3Json.Ec2("""[{ "name": "data" }]""", """[{ "sourceVolume": "cache", "containerPath": "/cache" }]"""),
                "/containerDefinitions/0/mountPoints/0/sourceVolume",
                RuleSeverity.Error);
            Assert.Contains("Unknown volume 'cache'", found[0].Message);
        }

        [Fact]
        public void Fires_when_there_are_no_volumes_at_all()
        {
            RuleAssert.Fires(
                RuleIds.UnknownSourceVolume,
                Tdk3Json.Ec2("[]", """[{ "sourceVolume": "data", "containerPath": "/data" }]"""),
                "/containerDefinitions/0/mountPoints/0/sourceVolume");
        }

        [Fact]
        public void Suggests_the_right_case()
        {
            var found = RuleAssert.Fires(
                RuleIds.UnknownSourceVolume,
                Tdk3Json.Ec2("""[{ "name": "Data" }]""", """[{ "sourceVolume": "data", "containerPath": "/data" }]"""));
            Assert.Contains("write 'Data'", found[0].Message);
        }

        [Fact]
        public void Silent_when_the_volume_exists()
        {
            RuleAssert.Silent(
                RuleIds.UnknownSourceVolume,
                Tdk3Json.Ec2("""[{ "name": "data" }]""", """[{ "sourceVolume": "data", "containerPath": "/data" }]"""));
        }

        [Fact]
        public void Silent_when_source_volume_is_missing_which_is_TDK3005s()
        {
            RuleAssert.Silent(RuleIds.UnknownSourceVolume, Tdk3Json.Ec2("[]", """[{ "containerPath": "/data" }]"""));
        }
    }
}
