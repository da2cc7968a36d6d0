using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3009EfsVolumeConfigurationTests
    {
        private static string Efs(string configuration) =>
            Tdk3Json.Fargate("[{ \"name\": \"shared\", \"efsVolumeConfiguration\": " + configuration + " }]");

        [Fact]
        public void Fires_on_missing_file_system_id()
        {
            RuleAssert.Fires(RuleIds.EfsVolumeConfiguration, Efs("""{ "rootDirectory": "/" }"""), "/volumes/0/efsVolumeConfiguration/fileSystemId", RuleSeverity.Error);
        }

        [Theory]
        [InlineData("fs-1234567")]
        [InlineData("fs-ABCDEF12")]
        [InlineData("my-file-system")]
        public void Fires_on_a_malformed_file_system_id(string id)
        {
            var found = RuleAssert.Fires(RuleIds.EfsVolumeConfiguration, Efs("{ \"fileSystemId\": \"" + id + "\" }"), "/volumes/0/efsVolumeConfiguration/fileSystemId");
            Assert.Contains(id, found[0].Message);
        }

        [Fact]
        public void Fires_on_unknown_enum_values()
        {
            string json = Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "enabled", "authorizationConfig": { "iam": "ON" } }""");
            RuleAssert.Fires(RuleIds.EfsVolumeConfiguration, json, "/volumes/0/efsVolumeConfiguration/transitEncryption");
            RuleAssert.Fires(RuleIds.EfsVolumeConfiguration, json, "/volumes/0/efsVolumeConfiguration/authorizationConfig/iam");
        }

        [Theory]
        [InlineData("fs-12345678")]
        [InlineData("fs-0123456789abcdef0")]
        [InlineData("arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123456789abcdef0")]
        public void Silent_on_valid_ids(string id)
        {
            RuleAssert.Silent(RuleIds.EfsVolumeConfiguration, Efs("{ \"fileSystemId\": \"" + id + "\", \"transitEncryption\": \"ENABLED\", \"authorizationConfig\": { \"iam\": \"DISABLED\" } }"));
        }
    }
}
