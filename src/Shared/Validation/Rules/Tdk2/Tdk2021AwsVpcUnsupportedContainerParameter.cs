using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2021: not supported with network mode <c>awsvpc</c>: <c>hostname</c>, <c>dnsServers</c>,
    /// <c>dnsSearchDomains</c>, <c>extraHosts</c>, <c>disableNetworking</c>.
    /// </summary>
    /// <remarks>
    /// ECS API ContainerDefinition.hostname/extraHosts ("not supported if you're using the awsvpc network mode"); developer
    /// guide (2023), Network settings. On Fargate only <c>hostname</c> is reported here; TDK2020 reports the others.
    /// </remarks>
    [Rule("TDK2021", "AwsVpcUnsupportedContainerParameter", RuleSeverity.Error, "Container parameter not supported with awsvpc")]
    [BuilderInputs("/requiresCompatibilities", "/networkMode", "/runtimePlatform")]
    internal sealed class Tdk2021AwsVpcUnsupportedContainerParameter : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwsVpcUnsupportedContainerParameter;

        public override void Check(ValidationContext context)
        {
            if (!context.IsAwsVpc)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition c = context.Containers[i];
                if (!string.IsNullOrEmpty(c.Hostname))
                {
                    Report(context, c, i, "hostname", "the task's network interface sets the hostname");
                }

                if (context.IsFargate)
                {
                    continue; // TDK2020
                }

                NotEmpty(context, c, i, "dnsServers", c.DnsServers);
                NotEmpty(context, c, i, "dnsSearchDomains", c.DnsSearchDomains);
                NotEmpty(context, c, i, "extraHosts", c.ExtraHosts);
                if (c.DisableNetworking == true)
                {
                    Report(context, c, i, "disableNetworking", null);
                }
            }
        }

        private void NotEmpty<T>(ValidationContext context, ContainerDefinition c, int index, string member, List<T>? value)
        {
            if (value != null && value.Count > 0)
            {
                Report(context, c, index, member, "DNS comes from the VPC's DHCP options");
            }
        }

        private void Report(ValidationContext context, ContainerDefinition c, int index, string member, string? note) =>
            context.Report(
                Id,
                JsonPointer.Container(index, member),
                "Container " + Tdk2Helpers.Describe(c, index) + " sets " + MemberName.Mark(member) + ", which is not supported in awsvpc network mode" +
                (note is null ? "" : " (" + note + ")") + ": remove it or use bridge or host mode.");
    }
}
