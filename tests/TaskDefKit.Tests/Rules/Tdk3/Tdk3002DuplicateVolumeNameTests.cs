using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3002DuplicateVolumeNameTests
    {
        [Fact]
        public void Fires_on_the_second_volume_with_the_same_name()
        {
            var found = RuleAssert.Fires(
                RuleIds.DuplicateVolumeName,
                Tdk3Json.Ec2("""[{ "name": "data" }, { "name": "logs" }, { "name": "data" }]"""),
                "/volumes/2/name",
                RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("'data'", found[0].Message);
        }

        [Fact]
        public void Silent_when_names_differ_only_in_case()
        {
            RuleAssert.Silent(RuleIds.DuplicateVolumeName, Tdk3Json.Ec2("""[{ "name": "data" }, { "name": "Data" }]"""));
        }

        [Fact]
        public void Silent_for_unnamed_volumes()
        {
            RuleAssert.Silent(RuleIds.DuplicateVolumeName, Tdk3Json.Ec2("""[{ "host": {} }, { "host": {} }]"""));
        }
    }
}
