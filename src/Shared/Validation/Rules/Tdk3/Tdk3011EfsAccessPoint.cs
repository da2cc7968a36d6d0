using System.Text.RegularExpressions;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3011: an EFS access point (<c>authorizationConfig.accessPointId</c>, <c>fsap-</c> + 8–40 hex digits) requires
    /// <c>transitEncryption: ENABLED</c> and <c>rootDirectory</c> omitted or <c>/</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>EFSAuthorizationConfig.accessPointId</c>: "the root directory value ... must either be
    /// omitted or set to / ... If an access point is used, transit encryption must be on"; EFS API model
    /// <c>AccessPointId</c> pattern.</remarks>
    [Rule("TDK3011", "EfsAccessPoint", RuleSeverity.Error, "Invalid EFS access point configuration")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3011EfsAccessPoint : TaskDefinitionRule
    {
        private static readonly Regex s_accessPointId = new Regex("^fsap-[0-9a-f]{8,40}$", RegexOptions.CultureInvariant);

        public override string Id => RuleIds.EfsAccessPoint;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                EfsVolumeConfiguration? efs = volume.EfsVolumeConfiguration;
                string? accessPoint = efs?.AuthorizationConfig?.AccessPointId;
                if (efs is null || accessPoint is null)
                {
                    continue;
                }

                if (!s_accessPointId.IsMatch(accessPoint))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Member(Base(i), "authorizationConfig"), "accessPointId"),
                        Tdk3Text.Volume(volume, i) + " has " + MemberName.Mark("accessPointId") + " '" + accessPoint + "', which is not an EFS access point ID: use \"fsap-\" followed by 8-40 lowercase hex digits, e.g. \"fsap-0123456789abcdef0\".");
                }

                if (efs.TransitEncryption != EfsTransitEncryption.Enabled)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "transitEncryption"),
                        Tdk3Text.Volume(volume, i) + " mounts EFS access point '" + accessPoint + "' with " + MemberName.Mark("transitEncryption") + " "
                        + (efs.TransitEncryption.HasValue ? "'" + efs.TransitEncryption.Value.Value + "'" : "omitted (DISABLED)")
                        + ", but access points require encryption in transit: set " + MemberName.Mark("transitEncryption") + " to \"ENABLED\".");
                }

                if (!string.IsNullOrEmpty(efs.RootDirectory) && efs.RootDirectory != "/")
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Base(i), "rootDirectory"),
                        Tdk3Text.Volume(volume, i) + " sets " + MemberName.Mark("rootDirectory") + " '" + efs.RootDirectory + "' together with access point '" + accessPoint
                        + "', but the access point's own path is enforced: remove " + MemberName.Mark("rootDirectory") + " (or set it to \"/\") and configure the path on the access point.");
                }
            }
        }

        private static string Base(int i) =>
            JsonPointer.Member(JsonPointer.Volume(i), "efsVolumeConfiguration");
    }
}
