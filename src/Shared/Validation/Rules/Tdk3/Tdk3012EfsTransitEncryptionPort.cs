using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3012: EFS <c>transitEncryptionPort</c> without <c>transitEncryption: ENABLED</c> has no effect (warning); a port
    /// outside 1–65535 is an error; <c>iam: ENABLED</c> without <c>taskRoleArn</c> mounts without a role (warning).
    /// </summary>
    /// <remarks>ECS API model, <c>EFSVolumeConfiguration.transitEncryptionPort</c> ("The port to use when sending encrypted
    /// data") and <c>EFSAuthorizationConfig.iam</c> ("Determines whether to use the Amazon ECS task role defined in a task
    /// definition when mounting").</remarks>
    [Rule("TDK3012", "EfsTransitEncryptionPort", RuleSeverity.Warning, "EFS transit encryption port or IAM without effect")]
    // Also reports IAM authorization without a task role, which a later TaskRole call could set.
    [BuilderInputs("/taskRoleArn", "/volumes", WholeDefinition = true)]
    internal sealed class Tdk3012EfsTransitEncryptionPort : TaskDefinitionRule
    {
        public override string Id => RuleIds.EfsTransitEncryptionPort;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                EfsVolumeConfiguration? efs = volume.EfsVolumeConfiguration;
                if (efs is null)
                {
                    continue;
                }

                if (efs.TransitEncryptionPort is int port)
                {
                    if (port < 1 || port > Limits.MaxPort)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(Base(i), "transitEncryptionPort"),
                            Tdk3Text.Volume(volume, i) + " has " + MemberName.Mark("transitEncryptionPort") + " " + Tdk3Text.Number(port) + ", which is not a TCP port: use 1-65535, or omit it to let the EFS mount helper choose.",
                            RuleSeverity.Error);
                    }
                    else if (efs.TransitEncryption != EfsTransitEncryption.Enabled)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(Base(i), "transitEncryptionPort"),
                            Tdk3Text.Volume(volume, i) + " sets " + MemberName.Mark("transitEncryptionPort") + " " + Tdk3Text.Number(port) + " but transit encryption is not enabled, so the port is ignored: set " + MemberName.Mark("transitEncryption") + " to \"ENABLED\" or remove the port.");
                    }
                }

                if (efs.AuthorizationConfig?.Iam == EfsIamAuthorization.Enabled && string.IsNullOrEmpty(context.Definition.TaskRoleArn))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "iam"),
                        Tdk3Text.Volume(volume, i) + " mounts EFS with IAM authorization, which uses the task role, but the task definition has no " + MemberName.Mark("taskRoleArn") + ": add a task role that EFS's file system policy allows.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "efsVolumeConfiguration");
    }
}
