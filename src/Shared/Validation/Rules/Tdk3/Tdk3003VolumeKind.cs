using System.Text;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3003: a volume sets at most one of <c>host</c>, <c>dockerVolumeConfiguration</c>, <c>efsVolumeConfiguration</c>,
    /// <c>fsxWindowsFileServerVolumeConfiguration</c>, <c>s3filesVolumeConfiguration</c> and <c>configuredAtLaunch: true</c>;
    /// at most one volume per revision is configured at launch.
    /// </summary>
    /// <remarks>ECS API model, <c>Volume</c>: "Each volume ... may only specify a name and one of either configuredAtLaunch,
    /// dockerVolumeConfiguration, efsVolumeConfiguration, s3filesVolumeConfiguration, fsxWindowsFileServerVolumeConfiguration,
    /// or host"; "only one volume configured at launch is supported".</remarks>
    [Rule("TDK3003", "VolumeKind", RuleSeverity.Error, "Volume sets more than one kind of storage")]
    [BuilderInputs("/volumes")]
    internal sealed class Tdk3003VolumeKind : TaskDefinitionRule
    {
        public override string Id => RuleIds.VolumeKind;

        public override void Check(ValidationContext context)
        {
            int firstAtLaunch = -1;
            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                int kinds = (volume.Host != null ? 1 : 0)
                    + (volume.DockerVolumeConfiguration != null ? 1 : 0)
                    + (volume.EfsVolumeConfiguration != null ? 1 : 0)
                    + (volume.FsxWindowsFileServerVolumeConfiguration != null ? 1 : 0)
                    + (volume.S3FilesVolumeConfiguration != null ? 1 : 0)
                    + (volume.ConfiguredAtLaunch == true ? 1 : 0);
                if (kinds > 1)
                {
                    context.Report(
                        Id,
                        JsonPointer.Volume(i),
                        Tdk3Text.Volume(volume, i) + " sets " + Describe(volume) + ": a volume may use only one kind of storage, so keep one and move the others to volumes of their own.");
                }

                if (volume.ConfiguredAtLaunch == true)
                {
                    if (firstAtLaunch < 0)
                    {
                        firstAtLaunch = i;
                    }
                    else
                    {
                        context.Report(
                            Id,
                            JsonPointer.Member(JsonPointer.Volume(i), "configuredAtLaunch"),
                            Tdk3Text.Volume(volume, i) + " is configured at launch, but " + Tdk3Text.VolumeLower(context.Volumes[firstAtLaunch], firstAtLaunch)
                            + " already is: a task definition revision may have only one volume with " + MemberName.Mark("configuredAtLaunch") + " true.");
                    }
                }
            }
        }

        private static string Describe(Volume volume)
        {
            var builder = new StringBuilder();
            Append(builder, volume.Host != null, MemberName.Mark("host"));
            Append(builder, volume.DockerVolumeConfiguration != null, MemberName.Mark("dockerVolumeConfiguration"));
            Append(builder, volume.EfsVolumeConfiguration != null, MemberName.Mark("efsVolumeConfiguration"));
            Append(builder, volume.FsxWindowsFileServerVolumeConfiguration != null, MemberName.Mark("fsxWindowsFileServerVolumeConfiguration"));
            Append(builder, volume.S3FilesVolumeConfiguration != null, MemberName.Mark("s3filesVolumeConfiguration"));
            Append(builder, volume.ConfiguredAtLaunch == true, MemberName.Mark("configuredAtLaunch") + ": true");
            return builder.ToString();
        }

        private static void Append(StringBuilder builder, bool present, string text)
        {
            if (present)
            {
                builder.Append(builder.Length == 0 ? string.Empty : " and ").Append(text);
            }
        }
    }
}
