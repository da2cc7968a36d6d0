using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3004: every <c>mountPoints[].sourceVolume</c> names a volume of <c>volumes[]</c>.</summary>
    /// <remarks>ECS API model, <c>MountPoint.sourceVolume</c>: "Must be a volume name referenced in the name parameter of
    /// task definition volume". AWS rejects the registration with "Unknown volume '&lt;name&gt;'."
    /// (https://github.com/ansible/ansible/issues/35751).</remarks>
    [Rule("TDK3004", "UnknownSourceVolume", RuleSeverity.Error, "Mount point refers to an unknown volume")]
    // A later Volume call could add the missing volume: only for a whole definition.
    [BuilderInputs("/volumes", WholeDefinition = true)]
    internal sealed class Tdk3004UnknownSourceVolume : TaskDefinitionRule
    {
        public override string Id => RuleIds.UnknownSourceVolume;

        public override void Check(ValidationContext context)
        {
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.MountPoints is null)
                {
                    continue;
                }

                for (int m = 0; m < container.MountPoints.Count; m++)
                {
                    string? source = container.MountPoints[m]?.SourceVolume;
                    if (string.IsNullOrEmpty(source) || context.IndexOfVolume(source) >= 0)
                    {
                        continue; // a missing sourceVolume is TDK3005's
                    }

                    string? nearMiss = FindIgnoringCase(context, source!);
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "mountPoints"), m), "sourceVolume"),
                        Tdk3Text.Container(container, c) + " mounts " + MemberName.Mark("sourceVolume") + " '" + source + "', but no volume has that name (AWS: \"Unknown volume '" + source + "'.\"): "
                        + (nearMiss != null
                            ? "volume names are case-sensitive, write '" + nearMiss + "'."
                            : "add a volume named '" + source + "' to '" + MemberName.Mark("volumes") + "' or correct the name."));
                }
            }
        }

        private static string? FindIgnoringCase(ValidationContext context, string name)
        {
            int index = context.IndexOfVolumeIgnoringCase(name);
            return index < 0 ? null : context.Volumes[index].Name;
        }
    }
}
