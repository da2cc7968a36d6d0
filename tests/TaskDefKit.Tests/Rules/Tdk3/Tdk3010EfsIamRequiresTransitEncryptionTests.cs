using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3010EfsIamRequiresTransitEncryptionTests
    {
        private static string Efs(string configuration) =>
            Tdk3Json.Fargate("[{ \"name\": \"shared\", \"efsVolumeConfiguration\": " + configuration + " }]");

        [Fact]
        public void Fires_when_transit_encryption_is_omitted()
        {
            var found = RuleAssert.Fires(
                RuleIds.EfsIamRequiresTransitEncryption,
                Efs("""{ "fileSystemId": "fs-12345678", "authorizationConfig": { "iam": "ENABLED" } }"""),
                "/volumes/0/efsVolumeConfiguration/transitEncryption",
                RuleSeverity.Error);
            Assert.Contains("omitted", found[0].Message);
        }

        [Fact]
        public void Fires_when_transit_encryption_is_disabled()
        {
            RuleAssert.Fires(
                RuleIds.EfsIamRequiresTransitEncryption,
                Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "DISABLED", "authorizationConfig": { "iam": "ENABLED" } }"""),
                "/volumes/0/efsVolumeConfiguration/transitEncryption");
        }

        [Fact]
        public void Silent_when_transit_encryption_is_enabled_or_iam_disabled()
        {
            RuleAssert.Silent(RuleIds.EfsIamRequiresTransitEncryption, Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED", "authorizationConfig": { "iam": "ENABLED" } }"""));
            RuleAssert.Silent(RuleIds.EfsIamRequiresTransitEncryption, Efs("""{ "fileSystemId": "fs-12345678", "authorizationConfig": { "iam": "DISABLED" } }"""));
        }
    }
}
