using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2025: <c>linuxParameters.capabilities.add</c>/<c>drop</c> values are Linux capability names ECS knows
    /// (<c>ALL</c>, <c>CHOWN</c>, <c>NET_ADMIN</c>, … without the <c>CAP_</c> prefix); with <c>privileged: true</c> they
    /// are ignored (info).
    /// </summary>
    /// <remarks>
    /// ECS API KernelCapabilities (valid values); the 2023 developer guide also lists <c>AUDIT_READ</c> for add, which is
    /// accepted here so that it is never flagged.
    /// </remarks>
    [Rule("TDK2025", "KernelCapabilities", RuleSeverity.Error, "Unknown Linux kernel capability")]
    [BuilderInputs("/containerDefinitions/*/linuxParameters", "/containerDefinitions/*/privileged")]
    internal sealed class Tdk2025KernelCapabilities : TaskDefinitionRule
    {
        private static readonly HashSet<string> s_known = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "ALL", "AUDIT_CONTROL", "AUDIT_WRITE", "BLOCK_SUSPEND", "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER",
            "FSETID", "IPC_LOCK", "IPC_OWNER", "KILL", "LEASE", "LINUX_IMMUTABLE", "MAC_ADMIN", "MAC_OVERRIDE", "MKNOD",
            "NET_ADMIN", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
            "SYS_ADMIN", "SYS_BOOT", "SYS_CHROOT", "SYS_MODULE", "SYS_NICE", "SYS_PACCT", "SYS_PTRACE", "SYS_RAWIO",
            "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "SYSLOG", "WAKE_ALARM",
        };

        public override string Id => RuleIds.KernelCapabilities;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                KernelCapabilities? capabilities = container.LinuxParameters?.Capabilities;
                if (capabilities is null)
                {
                    continue;
                }

                string Pointer() => JsonPointer.Member(JsonPointer.Container(i, "linuxParameters"), "capabilities");
                CheckList(context, container, i, "add", capabilities.Add, allowAuditRead: true);
                CheckList(context, container, i, "drop", capabilities.Drop, allowAuditRead: false);

                bool any = (capabilities.Add != null && capabilities.Add.Count > 0) || (capabilities.Drop != null && capabilities.Drop.Count > 0);
                if (any && container.Privileged == true)
                {
                    context.Report(
                        Id,
                        Pointer(),
                        "Container " + Tdk2Helpers.Describe(container, i) + " is privileged, so its capabilities add/drop are ignored: remove them or drop privileged.",
                        RuleSeverity.Info);
                }
            }
        }

        private void CheckList(ValidationContext context, ContainerDefinition container, int index, string member, List<string>? values, bool allowAuditRead)
        {
            if (values is null)
            {
                return;
            }

            for (int k = 0; k < values.Count; k++)
            {
                string value = values[k] ?? string.Empty;
                if (s_known.Contains(value) || (allowAuditRead && value == "AUDIT_READ"))
                {
                    continue;
                }

                string upper = value.ToUpperInvariant();
                if (upper.StartsWith("CAP_", System.StringComparison.Ordinal))
                {
                    upper = upper.Substring(4);
                }

                string fix = s_known.Contains(upper)
                    ? "write it as '" + upper + "'."
                    : "use a capability name such as NET_ADMIN or SYS_PTRACE (upper case, without 'CAP_').";
                context.Report(
                    Id,
                    JsonPointer.Index(JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(index, "linuxParameters"), "capabilities"), member), k),
                    "Container " + Tdk2Helpers.Describe(container, index) + " lists the capability '" + value + "', which ECS does not accept: " + fix);
            }
        }
    }
}
