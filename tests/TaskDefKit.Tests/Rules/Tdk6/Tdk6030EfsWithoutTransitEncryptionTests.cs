using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6030EfsWithoutTransitEncryptionTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Fact]
        public void Efs_without_transit_encryption_is_reported()
        {
            string json = Tdk6Samples.Ec2(App, """ "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678" } }]""");
            RuleAssert.Fires(RuleIds.EfsWithoutTransitEncryption, json, "/volumes/0/efsVolumeConfiguration/transitEncryption", RuleSeverity.Info);
        }

        [Fact]
        public void Efs_with_transit_encryption_disabled_is_reported()
        {
            string json = Tdk6Samples.Ec2(App, """ "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "DISABLED" } }]""");
            RuleAssert.Fires(RuleIds.EfsWithoutTransitEncryption, json, "/volumes/0/efsVolumeConfiguration/transitEncryption");
        }

        [Fact]
        public void Encrypted_efs_and_other_volumes_are_silent()
        {
            string json = Tdk6Samples.Ec2(App, """ "volumes": [{ "name": "tmp" }, { "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-12345678", "transitEncryption": "ENABLED" } }]""");
            RuleAssert.Silent(RuleIds.EfsWithoutTransitEncryption, json);
        }
    }
}
