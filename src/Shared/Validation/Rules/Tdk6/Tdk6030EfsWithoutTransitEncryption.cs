using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6030: an EFS volume without <c>transitEncryption: ENABLED</c> (the default is DISABLED).</summary>
    /// <remarks>Source: [CHECKOV CKV_AWS_97] ECSTaskDefinitionEFSVolumeEncryption.py; tfsec aws-ecs-enable-in-transit-encryption.</remarks>
    [Rule("TDK6030", "EfsWithoutTransitEncryption", RuleSeverity.Info, "EFS volume without transit encryption", Controls = new[] { "ECS.18", "CKV_AWS_97", "AVD-AWS-0035", "KICS:4d46ff3b-7160-41d1-a310-71d6d370b08f" })]
    internal sealed class Tdk6030EfsWithoutTransitEncryption : TaskDefinitionRule
    {
        public override string Id => RuleIds.EfsWithoutTransitEncryption;

        public override void Check(ValidationContext context)
        {
            for (int v = 0; v < context.Volumes.Count; v++)
            {
                Volume volume = context.Volumes[v];
                EfsVolumeConfiguration? efs = volume?.EfsVolumeConfiguration;
                if (efs is null || efs.TransitEncryption == EfsTransitEncryption.Enabled)
                {
                    continue;
                }

                string name = string.IsNullOrEmpty(volume!.Name) ? "#" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "'" + volume.Name + "'";
                context.Report(Id, JsonPointer.Member(JsonPointer.Member(JsonPointer.Volume(v), "efsVolumeConfiguration"), "transitEncryption"),
                    "EFS volume " + name + " does not encrypt data in transit: set \"" + MemberName.Mark("transitEncryption") + "\": \"ENABLED\" in its " + MemberName.Mark("efsVolumeConfiguration") + ".");
            }
        }
    }
}
