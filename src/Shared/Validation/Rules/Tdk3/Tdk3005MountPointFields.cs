using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>
    /// TDK3005: each <c>mountPoints[]</c> entry sets <c>sourceVolume</c> and <c>containerPath</c>; two mount points of one
    /// container at the same <c>containerPath</c> are a warning.
    /// </summary>
    /// <remarks>Task definition parameters (mountPoints: sourceVolume and containerPath are "Required: Yes, when
    /// mountPoints are used"). Docker refuses two mounts at one destination ("Duplicate mount point"); whether ECS rejects it
    /// at registration is unconfirmed, hence a warning.</remarks>
    [Rule("TDK3005", "MountPointFields", RuleSeverity.Error, "Mount point is incomplete")]
    [BuilderInputs("/containerDefinitions/*/mountPoints")]
    internal sealed class Tdk3005MountPointFields : TaskDefinitionRule
    {
        public override string Id => RuleIds.MountPointFields;

        public override void Check(ValidationContext context)
        {
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.MountPoints is null)
                {
                    continue;
                }

                // Many mount points: the first index of each destination, so the duplicate check stays linear.
                Dictionary<string, int>? firstByPath = container.MountPoints.Count > ValidationContext.ScanLimit ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
                for (int m = 0; m < container.MountPoints.Count; m++)
                {
                    MountPoint? mount = container.MountPoints[m];
                    if (mount is null)
                    {
                        continue;
                    }

                    if (string.IsNullOrEmpty(mount.SourceVolume))
                    {
                        context.Report(
                            Id,
                            Pointer(c, m, "sourceVolume"),
                            Tdk3Text.Container(container, c) + " has mount point #" + Tdk3Text.Number(m) + " without a " + MemberName.Mark("sourceVolume") + ": set it to the name of a volume in '" + MemberName.Mark("volumes") + "'.");
                    }

                    if (string.IsNullOrEmpty(mount.ContainerPath))
                    {
                        context.Report(
                            Id,
                            Pointer(c, m, "containerPath"),
                            Tdk3Text.Container(container, c) + " has mount point #" + Tdk3Text.Number(m) + " without a " + MemberName.Mark("containerPath") + ": set the path inside the container where the volume appears, e.g. \"/data\".");
                        continue;
                    }

                    for (int earlier = firstByPath is null ? 0 : EarlierSamePath(firstByPath, mount.ContainerPath!, m); earlier < m; earlier++)
                    {
                        MountPoint? other = container.MountPoints[earlier];
                        if (other != null && SamePath(other.ContainerPath, mount.ContainerPath!))
                        {
                            context.Report(
                                Id,
                                Pointer(c, m, "containerPath"),
                                Tdk3Text.Container(container, c) + " mounts two volumes at " + MemberName.Mark("containerPath") + " '" + mount.ContainerPath + "' (mount points #"
                                + Tdk3Text.Number(earlier) + " and #" + Tdk3Text.Number(m) + "): Docker refuses duplicate mount destinations, so give each mount its own path.",
                                RuleSeverity.Warning);
                            break;
                        }
                    }
                }
            }
        }

        /// <summary>The first earlier mount point with this destination (recording this one if it is the first), else <paramref name="m"/>.</summary>
        private static int EarlierSamePath(Dictionary<string, int> firstByPath, string path, int m)
        {
            string key = path.Substring(0, TrimmedLength(path));
            if (firstByPath.TryGetValue(key, out int first))
            {
                return first;
            }

            firstByPath.Add(key, m);
            return m;
        }

        private static string Pointer(int container, int mount, string member) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "mountPoints"), mount), member);

        // "/data/" and "/data" are the same destination; compared without allocating.
        private static bool SamePath(string? a, string b)
        {
            if (a is null)
            {
                return false;
            }

            int lengthA = TrimmedLength(a), lengthB = TrimmedLength(b);
            return lengthA == lengthB && string.CompareOrdinal(a, 0, b, 0, lengthA) == 0;
        }

        private static int TrimmedLength(string path) =>
            path.Length > 1 && (path[path.Length - 1] == '/' || path[path.Length - 1] == '\\') ? path.Length - 1 : path.Length;
    }
}
