using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3001: a volume <c>name</c> matches <c>^[A-Za-z0-9_-]{1,255}$</c>; EFS, S3 Files and <c>configuredAtLaunch</c>
    /// volumes must have one.
    /// </summary>
    /// <remarks>ECS API model, <c>Volume.name</c>: "Up to 255 letters (uppercase and lowercase), numbers, underscores, and
    /// hyphens are allowed"; "When a volume is using the efsVolumeConfiguration, the name is required" (likewise S3 Files
    /// and volumes configured at launch).</remarks>
    [Rule("TDK3001", "VolumeName", RuleSeverity.Error, "Volume name is missing or invalid")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3001VolumeName : TaskDefinitionRule
    {
        public override string Id => RuleIds.VolumeName;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                string? name = volume.Name;
                if (name is null)
                {
                    string? kind = volume.EfsVolumeConfiguration != null ? "an EFS volume"
                        : volume.S3FilesVolumeConfiguration != null ? "an S3 Files volume"
                        : volume.ConfiguredAtLaunch == true ? "a volume configured at launch"
                        : null;
                    if (kind != null)
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Volume(i), "name"),
                            "Volume #" + Tdk3Text.Number(i) + " is " + kind + " and has no name: add a '" + MemberName.Mark("name") + "' (letters, digits, '_' and '-', up to 255 characters)"
                            + (volume.ConfiguredAtLaunch == true ? " and use the same name in the service's or task's " + MemberName.Mark("volumeConfigurations") + "." : " and refer to it from " + MemberName.Mark("mountPoints") + "[]." + MemberName.Mark("sourceVolume") + "."));
                    }

                    continue;
                }

                if (!IsValidName(name))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Volume(i), "name"),
                        name.Length == 0
                            ? "Volume #" + Tdk3Text.Number(i) + " has an empty name: use 1-255 letters, digits, '_' or '-'."
                            : name.Length > Limits.MaxNameLength
                                ? "Volume name '" + name.Substring(0, 40) + "...' is " + Tdk3Text.Number(name.Length) + " characters long: shorten it to at most 255."
                                : "Volume name '" + name + "' contains characters other than letters, digits, '_' and '-': rename it, e.g. '" + Sanitise(name) + "'.");
                }
            }
        }

        internal static bool IsValidName(string name)
        {
            if (name.Length == 0 || name.Length > Limits.MaxNameLength)
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Sanitise(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length);
            foreach (char c in name)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                builder.Append(ok ? c : '-');
            }

            return builder.ToString();
        }
    }
}
