using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3005MountPointFieldsTests
    {
        [Fact]
        public void Fires_on_missing_source_volume()
        {
            RuleAssert.Fires(
                RuleIds.MountPointFields,
                Tdk3Json.Ec2("""[{ "name": "data" }]""", """[{ "containerPath": "/data" }]"""),
                "/containerDefinitions/0/mountPoints/0/sourceVolume",
                RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_missing_or_empty_container_path()
        {
            RuleAssert.Fires(
                RuleIds.MountPointFields,
                Tdk3Json.Ec2("""[{ "name": "data" }]""", """[{ "sourceVolume": "data" }]"""),
                "/containerDefinitions/0/mountPoints/0/containerPath",
                RuleSeverity.Error);
            RuleAssert.Fires(
                RuleIds.MountPointFields,
                Tdk3Json.Ec2("""[{ "name": "data" }]""", """[{ "sourceVolume": "data", "containerPath": "" }]"""),
                "/containerDefinitions/0/mountPoints/0/containerPath",
                RuleSeverity.Error);
        }

        [Fact]
        public void Warns_on_two_mounts_at_one_container_path()
        {
            var found = RuleAssert.Fires(
                RuleIds.MountPointFields,
                Tdk3Json.Ec2("""[{ "name": "a" }, { "name": "b" }]""", """[{ "sourceVolume": "a", "containerPath": "/data" }, { "sourceVolume": "b", "containerPath": "/data/" }]"""),
                "/containerDefinitions/0/mountPoints/1/containerPath",
                RuleSeverity.Warning);
            Assert.Single(found);
        }

        [Fact]
        public void Silent_for_complete_distinct_mount_points()
        {
            RuleAssert.Silent(
                RuleIds.MountPointFields,
                Tdk3Json.Ec2("""[{ "name": "a" }, { "name": "b" }]""", """[{ "sourceVolume": "a", "containerPath": "/data" }, { "sourceVolume": "b", "containerPath": "/data/b" }]"""));
        }
    }
}
