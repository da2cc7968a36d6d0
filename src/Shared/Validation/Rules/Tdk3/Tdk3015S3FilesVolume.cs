using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3015: an S3 Files volume sets <c>fileSystemArn</c>; with <c>accessPointArn</c>, <c>rootDirectory</c> is omitted or
    /// <c>/</c>; the task definition has a <c>taskRoleArn</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>S3FilesVolumeConfiguration</c>: fileSystemArn required; "If an access point is specified,
    /// the root directory value ... must either be omitted or set to /"; "Your task definition must include a Task IAM
    /// Role".</remarks>
    [Rule("TDK3015", "S3FilesVolume", RuleSeverity.Error, "Invalid S3 Files volume")]
    internal sealed class Tdk3015S3FilesVolume : TaskDefinitionRule
    {
        public override string Id => RuleIds.S3FilesVolume;

        public override void Check(ValidationContext context)
        {
            bool roleReported = false;
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                S3FilesVolumeConfiguration? s3 = volume.S3FilesVolumeConfiguration;
                if (s3 is null)
                {
                    continue;
                }

                if (string.IsNullOrEmpty(s3.FileSystemArn))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "fileSystemArn"),
                        Tdk3Text.Volume(volume, i) + " is an S3 Files volume without a " + MemberName.Mark("fileSystemArn") + ": set it to the full ARN of the S3 Files file system.");
                }

                if (!string.IsNullOrEmpty(s3.AccessPointArn) && !string.IsNullOrEmpty(s3.RootDirectory) && s3.RootDirectory != "/")
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "rootDirectory"),
                        Tdk3Text.Volume(volume, i) + " sets " + MemberName.Mark("rootDirectory") + " '" + s3.RootDirectory + "' together with an access point, whose own path is enforced: remove " + MemberName.Mark("rootDirectory") + " (or set it to \"/\").");
                }

                if (!roleReported && string.IsNullOrEmpty(context.Definition.TaskRoleArn))
                {
                    roleReported = true;
                    context.Report(
                        Id,
                        Base(i),
                        Tdk3Text.Volume(volume, i) + " is an S3 Files volume, which mounts with the task role, but the task definition has no " + MemberName.Mark("taskRoleArn") + ": add a task role with the S3 Files permissions.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "s3filesVolumeConfiguration");
    }
}
