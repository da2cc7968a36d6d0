using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk3
{
    public class Tdk3015S3FilesVolumeTests
    {
        private const string FileSystem = "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0";

        [Fact]
        public void Fires_on_missing_file_system_arn()
        {
            RuleAssert.Fires(
                RuleIds.S3FilesVolume,
                Tdk3Json.Fargate("""[{ "name": "s3", "s3filesVolumeConfiguration": { "rootDirectory": "/" } }]"""),
                "/volumes/0/s3filesVolumeConfiguration/fileSystemArn",
                RuleSeverity.Error);
        }

        [Fact]
        public void Fires_on_root_directory_with_an_access_point()
        {
            RuleAssert.Fires(
                RuleIds.S3FilesVolume,
                Tdk3Json.Fargate("[{ \"name\": \"s3\", \"s3filesVolumeConfiguration\": { \"fileSystemArn\": \"" + FileSystem + "\", \"rootDirectory\": \"/data\", \"accessPointArn\": \"" + FileSystem + "/access-point/ap-1\" } }]"),
                "/volumes/0/s3filesVolumeConfiguration/rootDirectory");
        }

        [Fact]
        public void Fires_once_without_a_task_role()
        {
            string json = Tdk3Json.Ec2("[{ \"name\": \"a\", \"s3filesVolumeConfiguration\": { \"fileSystemArn\": \"" + FileSystem + "\" } }, { \"name\": \"b\", \"s3filesVolumeConfiguration\": { \"fileSystemArn\": \"" + FileSystem + "\" } }]");
            var found = RuleAssert.Fires(RuleIds.S3FilesVolume, json, "/volumes/0/s3filesVolumeConfiguration");
            Assert.Single(found);
        }

        [Fact]
        public void Silent_with_file_system_task_role_and_root_slash()
        {
            RuleAssert.Silent(
                RuleIds.S3FilesVolume,
                Tdk3Json.Fargate("[{ \"name\": \"s3\", \"s3filesVolumeConfiguration\": { \"fileSystemArn\": \"" + FileSystem + "\", \"rootDirectory\": \"/\", \"accessPointArn\": \"" + FileSystem + "/access-point/ap-1\" } }]"));
        }
    }
}
