using System;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3002: volume names are unique within the task definition.</summary>
    /// <remarks>Derived from the ECS API model, <c>MountPoint.sourceVolume</c>: a mount point names its volume, so two
    /// volumes with one name make the reference ambiguous.</remarks>
    [Rule("TDK3002", "DuplicateVolumeName", RuleSeverity.Error, "Volume names are not unique")]
    [BuilderInputs("/volumes/*/name")]
    internal sealed class Tdk3002DuplicateVolumeName : TaskDefinitionRule
    {
        public override string Id => RuleIds.DuplicateVolumeName;

        public override void Check(ValidationContext context)
        {
            var volumes = context.Volumes;
            for (int j = 1; j < volumes.Count; j++)
            {
                string? name = volumes[j].Name;
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                int i = context.IndexOfVolume(name);
                if (i < j)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Volume(j), "name"),
                        "Volume name '" + name + "' is already used by volume #" + Support.Tdk3Text.Number(i)
                        + ": give each volume its own name so " + MemberName.Mark("mountPoints") + "[]." + MemberName.Mark("sourceVolume") + " refers to exactly one volume.");
                }
            }
        }
    }
}
