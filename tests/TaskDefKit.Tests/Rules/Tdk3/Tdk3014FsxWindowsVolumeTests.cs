using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3014FsxWindowsVolumeTests
    {
        private const string Windows = """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2019_FULL" }, """;

        private const string Complete = """
            [{ "name": "fsx", "fsxWindowsFileServerVolumeConfiguration": {
                "fileSystemId": "fs-0eeb5730b2EXAMPLE",
                "rootDirectory": "share",
                "authorizationConfig": {
                  "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds-AbCdEf",
                  "domain": "corp.example.com"
                } } }]
            """;

        [Fact]
        public void Fires_on_each_missing_required_member()
        {
            string json = Tdk3Json.Ec2("""[{ "name": "fsx", "fsxWindowsFileServerVolumeConfiguration": { "authorizationConfig": {} } }]""", extra: Windows);
            RuleAssert.Fires(RuleIds.FsxWindowsVolume, json, "/volumes/0/fsxWindowsFileServerVolumeConfiguration/fileSystemId", RuleSeverity.Error);
            RuleAssert.Fires(RuleIds.FsxWindowsVolume, json, "/volumes/0/fsxWindowsFileServerVolumeConfiguration/rootDirectory");
            RuleAssert.Fires(RuleIds.FsxWindowsVolume, json, "/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter");
            RuleAssert.Fires(RuleIds.FsxWindowsVolume, json, "/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/domain");
        }

        [Fact]
        public void Fires_on_missing_authorization_config()
        {
            RuleAssert.Fires(
                RuleIds.FsxWindowsVolume,
                Tdk3Json.Ec2("""[{ "name": "fsx", "fsxWindowsFileServerVolumeConfiguration": { "fileSystemId": "fs-1", "rootDirectory": "share" } }]""", extra: Windows),
                "/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig");
        }

        [Fact]
        public void Fires_when_credentials_parameter_is_not_a_secret_or_parameter_arn()
        {
            RuleAssert.Fires(
                RuleIds.FsxWindowsVolume,
                Tdk3Json.Ec2(Complete.Replace("arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds-AbCdEf", "fsx-creds"), extra: Windows),
                "/volumes/0/fsxWindowsFileServerVolumeConfiguration/authorizationConfig/credentialsParameter");
        }

        [Fact]
        public void Fires_on_fargate_linux_and_windows_2016_full()
        {
            RuleAssert.Fires(RuleIds.FsxWindowsVolume, Tdk3Json.Fargate(Complete), "/volumes/0/fsxWindowsFileServerVolumeConfiguration");
            RuleAssert.Fires(
                RuleIds.FsxWindowsVolume,
                Tdk3Json.Ec2(Complete, extra: """ "runtimePlatform": { "operatingSystemFamily": "LINUX" }, """),
                "/volumes/0/fsxWindowsFileServerVolumeConfiguration");
            RuleAssert.Fires(
                RuleIds.FsxWindowsVolume,
                Tdk3Json.Ec2(Complete, extra: """ "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2016_FULL" }, """),
                "/volumes/0/fsxWindowsFileServerVolumeConfiguration");
        }

        [Fact]
        public void Silent_for_a_complete_volume_on_windows_ec2_or_unstated_os()
        {
            RuleAssert.Silent(RuleIds.FsxWindowsVolume, Tdk3Json.Ec2(Complete, extra: Windows));
            RuleAssert.Silent(RuleIds.FsxWindowsVolume, Tdk3Json.Ec2(Complete.Replace("arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds-AbCdEf", "arn:aws:ssm:us-east-1:123456789012:parameter/fsx/creds")));
        }
    }
}
