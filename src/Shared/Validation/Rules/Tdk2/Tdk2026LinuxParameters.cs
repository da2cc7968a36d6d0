using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2026: <c>linuxParameters</c>: <c>swappiness</c> 0–100 and only honoured with <c>maxSwap</c> (warning);
    /// <c>maxSwap</c> ≥ 0; <c>tmpfs[]</c> need <c>containerPath</c> and a positive <c>size</c> and known
    /// <c>mountOptions</c>; <c>devices[]</c> need <c>hostPath</c> and <c>permissions</c> ⊆ {read, write, mknod}.
    /// </summary>
    /// <remarks>ECS API LinuxParameters, Tmpfs (containerPath and size required; mountOptions valid values) and Device.</remarks>
    [Rule("TDK2026", "LinuxParameters", RuleSeverity.Error, "Invalid Linux parameters")]
    [BuilderInputs("/containerDefinitions/*/linuxParameters")]
    internal sealed class Tdk2026LinuxParameters : TaskDefinitionRule
    {
        private static readonly HashSet<string> s_mountOptions = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "defaults", "ro", "rw", "suid", "nosuid", "dev", "nodev", "exec", "noexec", "sync", "async", "dirsync",
            "remount", "mand", "nomand", "atime", "noatime", "diratime", "nodiratime", "bind", "rbind", "unbindable",
            "runbindable", "private", "rprivate", "shared", "rshared", "slave", "rslave", "relatime", "norelatime",
            "strictatime", "nostrictatime", "mode", "uid", "gid", "nr_inodes", "nr_blocks", "mpol",
        };

        public override string Id => RuleIds.LinuxParameters;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LinuxParameters? linux = container.LinuxParameters;
                if (linux is null)
                {
                    continue;
                }

                string Lp() => JsonPointer.Container(i, "linuxParameters");
                string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                if (linux.Swappiness.HasValue)
                {
                    int swappiness = linux.Swappiness.Value;
                    if (swappiness < 0 || swappiness > Limits.MaxSwappiness)
                    {
                        context.Report(Id, JsonPointer.Member(Lp(), "swappiness"), Who() + " sets swappiness " + Tdk2Helpers.Text(swappiness) + ": use a whole number from 0 to 100.");
                    }
                    else if (!linux.MaxSwap.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Lp(), "swappiness"), Who() + " sets swappiness without " + MemberName.Mark("maxSwap") + ", so ECS ignores it: set " + MemberName.Mark("maxSwap") + " too.", RuleSeverity.Warning);
                    }
                }

                if (linux.MaxSwap.HasValue && linux.MaxSwap.Value < 0)
                {
                    context.Report(Id, JsonPointer.Member(Lp(), "maxSwap"), Who() + " sets " + MemberName.Mark("maxSwap") + " " + Tdk2Helpers.Text(linux.MaxSwap.Value) + ": use 0 (no swap) or a positive number of MiB.");
                }

                if (linux.Tmpfs != null)
                {
                    for (int k = 0; k < linux.Tmpfs.Count; k++)
                    {
                        CheckTmpfs(context, i, k, linux.Tmpfs[k]);
                    }
                }

                if (linux.Devices != null)
                {
                    for (int k = 0; k < linux.Devices.Count; k++)
                    {
                        CheckDevice(context, i, k, linux.Devices[k]);
                    }
                }
            }
        }

        private static string Describe(ValidationContext context, int index) =>
            "Container " + Tdk2Helpers.Describe(context.Containers[index], index);

        private void CheckTmpfs(ValidationContext context, int index, int k, Tmpfs tmpfs)
        {
            string Pointer() => JsonPointer.Index(JsonPointer.Member(JsonPointer.Container(index, "linuxParameters"), "tmpfs"), k);
            string Who() => Describe(context, index);
            if (string.IsNullOrEmpty(tmpfs.ContainerPath))
            {
                context.Report(Id, JsonPointer.Member(Pointer(), "containerPath"), Who() + " has a tmpfs mount without " + MemberName.Mark("containerPath") + ": set the absolute path to mount it at.");
            }

            if (!tmpfs.Size.HasValue)
            {
                context.Report(Id, JsonPointer.Member(Pointer(), "size"), Who() + " has a tmpfs mount without size: set its maximum size in MiB.");
            }
            else if (tmpfs.Size.Value <= 0)
            {
                context.Report(Id, JsonPointer.Member(Pointer(), "size"), Who() + " has a tmpfs mount of size " + Tdk2Helpers.Text(tmpfs.Size.Value) + ": set a positive size in MiB.");
            }

            if (tmpfs.MountOptions != null)
            {
                for (int m = 0; m < tmpfs.MountOptions.Count; m++)
                {
                    string option = tmpfs.MountOptions[m] ?? string.Empty;
                    if (!s_mountOptions.Contains(option))
                    {
                        context.Report(Id, JsonPointer.Index(JsonPointer.Member(Pointer(), "mountOptions"), m), Who() + " uses the tmpfs mount option '" + option + "', which ECS does not accept: use options such as rw, noexec, nosuid, mode, uid.");
                    }
                }
            }
        }

        private void CheckDevice(ValidationContext context, int index, int k, Device device)
        {
            string Pointer() => JsonPointer.Index(JsonPointer.Member(JsonPointer.Container(index, "linuxParameters"), "devices"), k);
            string Who() => Describe(context, index);
            if (string.IsNullOrEmpty(device.HostPath))
            {
                context.Report(Id, JsonPointer.Member(Pointer(), "hostPath"), Who() + " has a device without " + MemberName.Mark("hostPath") + ": set the path of the device on the host.");
            }

            if (device.Permissions != null)
            {
                for (int m = 0; m < device.Permissions.Count; m++)
                {
                    if (!device.Permissions[m].IsKnown)
                    {
                        context.Report(Id, JsonPointer.Index(JsonPointer.Member(Pointer(), "permissions"), m), Who() + " gives a device the permission '" + device.Permissions[m].Value + "': use read, write or mknod.");
                    }
                }
            }
        }
    }
}
