using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2020: container parameters Fargate does not support: <c>disableNetworking</c>, <c>dnsSearchDomains</c>,
    /// <c>dnsServers</c>, <c>dockerSecurityOptions</c>, <c>extraHosts</c>, <c>links</c>, <c>privileged</c>, GPU
    /// <c>resourceRequirements</c>, and <c>linuxParameters</c> <c>devices</c>, <c>sharedMemorySize</c>, <c>tmpfs</c>,
    /// <c>maxSwap</c>, <c>swappiness</c>; <c>capabilities.add</c> only <c>SYS_PTRACE</c>.
    /// </summary>
    /// <remarks>
    /// Fargate task definition considerations; ECS API LinuxParameters and KernelCapabilities ("Tasks launched on Fargate
    /// only support adding the SYS_PTRACE kernel capability"). Booleans are flagged only when true and lists only when
    /// not empty, since false and [] change nothing.
    /// </remarks>
    [Rule("TDK2020", "FargateUnsupportedContainerParameter", RuleSeverity.Error, "Container parameter not supported on Fargate")]
    // Each finding is about a member that is set; the finding's own pointer must be known, so only the platform is read besides.
    [BuilderInputs("/requiresCompatibilities")]
    internal sealed class Tdk2020FargateUnsupportedContainerParameter : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateUnsupportedContainerParameter;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition c = context.Containers[i];
                True(context, c, i, "disableNetworking", c.DisableNetworking);
                NotEmpty(context, c, i, "dnsSearchDomains", c.DnsSearchDomains);
                NotEmpty(context, c, i, "dnsServers", c.DnsServers);
                NotEmpty(context, c, i, "dockerSecurityOptions", c.DockerSecurityOptions);
                NotEmpty(context, c, i, "extraHosts", c.ExtraHosts);
                NotEmpty(context, c, i, "links", c.Links);
                True(context, c, i, "privileged", c.Privileged);

                if (c.ResourceRequirements != null)
                {
                    for (int k = 0; k < c.ResourceRequirements.Count; k++)
                    {
                        if (c.ResourceRequirements[k].Type == ResourceType.Gpu)
                        {
                            Report(context, c, i, JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "resourceRequirements"), k), "type"), "GPU " + MemberName.Mark("resourceRequirements"), "run GPU workloads on EC2 or Managed Instances");
                        }
                    }
                }

                LinuxParameters? linux = c.LinuxParameters;
                if (linux is null)
                {
                    continue;
                }

                string Lp() => JsonPointer.Container(i, "linuxParameters");
                if (linux.Devices != null && linux.Devices.Count > 0)
                {
                    Report(context, c, i, JsonPointer.Member(Lp(), "devices"), MemberName.Mark("linuxParameters") + "." + MemberName.Mark("devices"), null);
                }

                if (linux.SharedMemorySize.HasValue)
                {
                    Report(context, c, i, JsonPointer.Member(Lp(), "sharedMemorySize"), MemberName.Mark("linuxParameters") + "." + MemberName.Mark("sharedMemorySize"), null);
                }

                if (linux.Tmpfs != null && linux.Tmpfs.Count > 0)
                {
                    Report(context, c, i, JsonPointer.Member(Lp(), "tmpfs"), MemberName.Mark("linuxParameters") + "." + MemberName.Mark("tmpfs"), "use a bind-mount volume instead");
                }

                if (linux.MaxSwap.HasValue)
                {
                    Report(context, c, i, JsonPointer.Member(Lp(), "maxSwap"), MemberName.Mark("linuxParameters") + "." + MemberName.Mark("maxSwap"), null);
                }

                if (linux.Swappiness.HasValue)
                {
                    Report(context, c, i, JsonPointer.Member(Lp(), "swappiness"), MemberName.Mark("linuxParameters") + "." + MemberName.Mark("swappiness"), null);
                }

                List<string>? add = linux.Capabilities?.Add;
                if (add != null)
                {
                    string AddPointer() => JsonPointer.Member(JsonPointer.Member(Lp(), "capabilities"), "add");
                    for (int k = 0; k < add.Count; k++)
                    {
                        if (add[k] != "SYS_PTRACE")
                        {
                            context.Report(
                                Id,
                                JsonPointer.Index(AddPointer(), k),
                                "Container " + Tdk2Helpers.Describe(c, i) + " adds the capability '" + add[k] + "', but Fargate only allows adding SYS_PTRACE: remove it (dropping capabilities is allowed).");
                        }
                    }
                }
            }
        }

        private void True(ValidationContext context, ContainerDefinition c, int index, string member, bool? value)
        {
            if (value == true)
            {
                Report(context, c, index, JsonPointer.Container(index, member), MemberName.Mark(member), null);
            }
        }

        private void NotEmpty<T>(ValidationContext context, ContainerDefinition c, int index, string member, List<T>? value)
        {
            if (value != null && value.Count > 0)
            {
                Report(context, c, index, JsonPointer.Container(index, member), MemberName.Mark(member), null);
            }
        }

        private void Report(ValidationContext context, ContainerDefinition c, int index, string pointer, string what, string? alternative) =>
            context.Report(
                Id,
                pointer,
                "Container " + Tdk2Helpers.Describe(c, index) + " sets " + what + ", which Fargate does not support: remove it" +
                (alternative is null ? "" : " (" + alternative + ")") + " or run the task on EC2.");
    }
}
