using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3012EfsTransitEncryptionPortTests
    {
        private static string Efs(string configuration, bool taskRole = true)
        {
            string json = Tdk3Json.Fargate("[{ \"name\": \"shared\", \"efsVolumeConfiguration\": " + configuration + " }]");
            return taskRole ? json : json.Replace("\"taskRoleArn\": \"arn:aws:iam::123456789012:role/app\",", string.Empty);
        }

        [Fact]
        public void Warns_on_a_port_without_transit_encryption()
        {
            RuleAssert.Fires(
                RuleIds.EfsTransitEncryptionPort,
                Efs("""{ "fileSystemId": "fs-12345678", "transitEncryptionPort": 2999 }"""),
                "/volumes/0/efsVolumeConfiguration/transitEncryptionPort",
                RuleSeverity.Warning);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(65536)]
        public void Errors_on_a_port_outside_1_to_65535(int port)
        {
            RuleAssert.Fires(
                RuleIds.EfsTransitEncryptionPort,
                Efs("{ \"fileSystemId\": \"fs-12345678\", \"transitEncryption\": \"ENABLED\", \"transitEncryptionPort\": " + port + " }"),
                "/volumes/0/efsVolumeConfiguration/transitEncryptionPort",
                RuleSeverity.Error);
        }

        [Fact]
        public void Warns_on_iam_without_task_role()
        {
            RuleAssert.Fires(
                RuleIds.EfsTransitEncryptionPort,
                Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED", "authorizationConfig": { "iam": "ENABLED" } }""", taskRole: false),
                "/volumes/0/efsVolumeConfiguration/authorizationConfig/iam",
                RuleSeverity.Warning);
        }

        [Fact]
        public void Silent_with_encryption_port_and_task_role()
        {
            RuleAssert.Silent(
                RuleIds.EfsTransitEncryptionPort,
                Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED", "transitEncryptionPort": 65535, "authorizationConfig": { "iam": "ENABLED" } }"""));
        }
    }
}
