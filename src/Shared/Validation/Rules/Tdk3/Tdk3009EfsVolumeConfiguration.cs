using System.Text.RegularExpressions;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3009: an EFS volume sets <c>fileSystemId</c> (<c>fs-</c> followed by 8–40 hex digits, or the file system's ARN);
    /// <c>transitEncryption</c> and <c>authorizationConfig.iam</c> are <c>ENABLED</c> or <c>DISABLED</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>EFSVolumeConfiguration</c> (fileSystemId required), <c>EFSTransitEncryption</c>,
    /// <c>EFSAuthorizationConfigIAM</c>; the EFS API model's <c>FileSystemId</c> pattern. The ARN form is accepted because the
    /// EFS API defines it and rejecting it could be a false positive.</remarks>
    [Rule("TDK3009", "EfsVolumeConfiguration", RuleSeverity.Error, "Invalid EFS volume configuration")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3009EfsVolumeConfiguration : TaskDefinitionRule
    {
        private static readonly Regex s_fileSystemId = new Regex(
            "^(fs-[0-9a-f]{8,40}|arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-]+:[0-9]{12}:file-system/fs-[0-9a-f]{8,40})$",
            RegexOptions.CultureInvariant);

        public override string Id => RuleIds.EfsVolumeConfiguration;

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

                if (string.IsNullOrEmpty(efs.FileSystemId))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "fileSystemId"),
                        Tdk3Text.Volume(volume, i) + " is an EFS volume without a " + MemberName.Mark("fileSystemId") + ": set it to the file system's ID, e.g. \"fs-0123456789abcdef0\".");
                }
                else if (!s_fileSystemId.IsMatch(efs.FileSystemId))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "fileSystemId"),
                        Tdk3Text.Volume(volume, i) + " has EFS " + MemberName.Mark("fileSystemId") + " '" + efs.FileSystemId + "', which is not an EFS file system ID: use \"fs-\" followed by 8-40 lowercase hex digits, e.g. \"fs-0123456789abcdef0\".");
                }

                if (efs.TransitEncryption.HasValue && !efs.TransitEncryption.Value.IsKnown)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "transitEncryption"),
                        Tdk3Text.Volume(volume, i) + " has " + MemberName.Mark("transitEncryption") + " '" + efs.TransitEncryption.Value.Value + "': use \"ENABLED\" or \"DISABLED\" (uppercase).");
                }

                EfsIamAuthorization? iam = efs.AuthorizationConfig?.Iam;
                if (iam.HasValue && !iam.Value.IsKnown)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "iam"),
                        Tdk3Text.Volume(volume, i) + " has " + MemberName.Mark("authorizationConfig") + "." + MemberName.Mark("iam") + " '" + iam.Value.Value + "': use \"ENABLED\" or \"DISABLED\" (uppercase).");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "efsVolumeConfiguration");
    }
}
