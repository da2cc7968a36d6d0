using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3018WindowsBindMountDriveTests
    {
        private const string Windows = """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" }, """;

        [Fact]
        public void Fires_when_source_and_target_are_on_different_drives()
        {
            var found = RuleAssert.Fires(
                RuleIds.WindowsBindMountDrive,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "D:\\my\\path" } }]""", """[{ "sourceVolume": "data", "containerPath": "C:\\my\\path" }]""", Windows),
                "/containerDefinitions/0/mountPoints/0/containerPath",
                RuleSeverity.Error);
            Assert.Contains("D:", found[0].Message);
        }

        [Fact]
        public void Fires_for_drive_letter_paths_even_without_runtime_platform()
        {
            RuleAssert.Fires(
                RuleIds.WindowsBindMountDrive,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "D:\\" } }]""", """[{ "sourceVolume": "data", "containerPath": "C:\\my\\path" }]"""),
                "/containerDefinitions/0/mountPoints/0/containerPath");
        }

        [Fact]
        public void Silent_on_the_same_drive_in_any_case()
        {
            RuleAssert.Silent(
                RuleIds.WindowsBindMountDrive,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "c:\\my\\path" } }]""", """[{ "sourceVolume": "data", "containerPath": "C:\\my\\path" }]""", Windows));
        }

        [Fact]
        public void Silent_for_linux_paths()
        {
            RuleAssert.Silent(
                RuleIds.WindowsBindMountDrive,
                Tdk3Json.Ec2("""[{ "name": "data", "host": { "sourcePath": "/srv/data" } }]""", """[{ "sourceVolume": "data", "containerPath": "/data" }]"""));
        }
    }
}
