using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3010: EFS IAM authorization (<c>authorizationConfig.iam: ENABLED</c>) requires <c>transitEncryption: ENABLED</c>.</summary>
    /// <remarks>ECS API model, <c>EFSAuthorizationConfig.iam</c>: "If it is turned on, transit encryption must be turned on
    /// in the EFSVolumeConfiguration."</remarks>
    [Rule("TDK3010", "EfsIamRequiresTransitEncryption", RuleSeverity.Error, "EFS IAM authorization requires transit encryption")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3010EfsIamRequiresTransitEncryption : TaskDefinitionRule
    {
        public override string Id => RuleIds.EfsIamRequiresTransitEncryption;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                EfsVolumeConfiguration? efs = volume.EfsVolumeConfiguration;
                if (efs?.AuthorizationConfig?.Iam != EfsIamAuthorization.Enabled || efs.TransitEncryption == EfsTransitEncryption.Enabled)
                {
                    continue;
                }

                context.Report(
                    Id,
                    JsonPointer.Member(JsonPointer.Member(JsonPointer.Volume(i), "efsVolumeConfiguration"), "transitEncryption"),
                    Tdk3Text.Volume(volume, i) + " uses EFS IAM authorization with " + MemberName.Mark("transitEncryption") + " "
                    + (efs.TransitEncryption.HasValue ? "'" + efs.TransitEncryption.Value.Value + "'" : "omitted (DISABLED)")
                    + ", but IAM authorization only works over TLS: set " + MemberName.Mark("transitEncryption") + " to \"ENABLED\".");
            }
        }
    }
}
