using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3011EfsAccessPointTests
    {
        private static string Efs(string configuration) =>
            Tdk3Json.Fargate("[{ \"name\": \"shared\", \"efsVolumeConfiguration\": " + configuration + " }]");

        [Fact]
        public void Fires_when_transit_encryption_is_not_enabled()
        {
            RuleAssert.Fires(
                RuleIds.EfsAccessPoint,
                Efs("""{ "fileSystemId": "fs-12345678", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0" } }"""),
                "/volumes/0/efsVolumeConfiguration/transitEncryption",
                RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_a_root_directory_other_than_slash()
        {
            var found = RuleAssert.Fires(
                RuleIds.EfsAccessPoint,
                Efs("""{ "fileSystemId": "fs-12345678", "rootDirectory": "/app", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0" } }"""),
                "/volumes/0/efsVolumeConfiguration/rootDirectory");
            Assert.Single(found);
        }

        [Fact]
        public void Fires_on_a_malformed_access_point_id()
        {
            RuleAssert.Fires(
                RuleIds.EfsAccessPoint,
                Efs("""{ "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "ap-123" } }"""),
                "/volumes/0/efsVolumeConfiguration/authorizationConfig/accessPointId");
        }

        [Fact]
        public void Silent_with_encryption_and_root_slash()
        {
            RuleAssert.Silent(
                RuleIds.EfsAccessPoint,
                Efs("""{ "fileSystemId": "fs-12345678", "rootDirectory": "/", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" } }"""));
        }

        [Fact]
        public void Silent_without_an_access_point()
        {
            RuleAssert.Silent(RuleIds.EfsAccessPoint, Efs("""{ "fileSystemId": "fs-12345678", "rootDirectory": "/app" }"""));
        }
    }
}
