using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3018: a Windows bind mount keeps source and target on the same drive (<c>C:\my\path</c> to <c>C:\my\path</c> is
    /// fine, <c>D:\my\path</c> to <c>C:\my\path</c> is not).
    /// </summary>
    /// <remarks>ECS API model, <c>Volume.host</c>: "Windows containers can't mount directories on a different drive, and
    /// mount point can't be across drives. For example, you can mount C:\my\path:C:\my\path and D:\:D:\, but not
    /// D:\my\path:C:\my\path or D:\:C:\my\path." Applies to Windows tasks, and to any task whose host path has a drive
    /// letter (only Windows hosts have those).</remarks>
    [Rule("TDK3018", "WindowsBindMountDrive", RuleSeverity.Error, "Windows bind mount on another drive")]
    internal sealed class Tdk3018WindowsBindMountDrive : TaskDefinitionRule
    {
        public override string Id => RuleIds.WindowsBindMountDrive;

        public override void Check(ValidationContext context)
        {
            if (context.Volumes.Count == 0)
            {
                return;
            }

            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.MountPoints is null)
                {
                    continue;
                }

                for (int m = 0; m < container.MountPoints.Count; m++)
                {
                    MountPoint? mount = container.MountPoints[m];
                    string? target = mount?.ContainerPath;
                    if (mount is null || target is null || !TryDrive(target, out char targetDrive))
                    {
                        continue;
                    }

                    string? source = FindSourcePath(context, mount.SourceVolume);
                    if (source is null || !TryDrive(source, out char sourceDrive) || sourceDrive == targetDrive)
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "mountPoints"), m), "containerPath"),
                        Tdk3Text.Container(container, c) + " mounts host path '" + source + "' at '" + target + "', but Windows containers cannot mount across drives: "
                        + "use a " + MemberName.Mark("containerPath") + " on drive " + char.ToUpperInvariant(sourceDrive) + ": or move the host directory to drive " + char.ToUpperInvariant(targetDrive) + ":.");
                }
            }
        }

        private static string? FindSourcePath(ValidationContext context, string? volumeName)
        {
            if (volumeName is null)
            {
                return null;
            }

            for (int i = 0; i < context.Volumes.Count; i++)
            {
                Volume volume = context.Volumes[i];
                if (string.Equals(volume.Name, volumeName, StringComparison.Ordinal))
                {
                    return volume.Host?.SourcePath;
                }
            }

            return null;
        }

        private static bool TryDrive(string path, out char drive)
        {
            drive = '\0';
            if (path.Length < 2 || path[1] != ':')
            {
                return false;
            }

            char letter = path[0];
            if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')))
            {
                return false;
            }

            drive = char.ToUpperInvariant(letter);
            return true;
        }
    }
}
