using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>TDK4005: a port mapping's <c>protocol</c> is <c>tcp</c> or <c>udp</c> (default <c>tcp</c>).</summary>
    /// <remarks>ECS API model, <c>TransportProtocol</c> and <c>PortMapping.protocol</c>: "Valid values are tcp and udp. The
    /// default is tcp."</remarks>
    [Rule("TDK4005", "PortProtocol", RuleSeverity.Error, "Unknown port protocol")]
    internal sealed class Tdk4005PortProtocol : TaskDefinitionRule
    {
        public override string Id => RuleIds.PortProtocol;

        public override void Check(ValidationContext context)
        {
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    TransportProtocol? protocol = container.PortMappings[p]?.Protocol;
                    if (!protocol.HasValue || protocol.Value.IsKnown)
                    {
                        continue;
                    }

                    string value = protocol.Value.Value;
                    string fix = string.Equals(value, "tcp", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "udp", StringComparison.OrdinalIgnoreCase)
                        ? "write it in lowercase: \"" + value.ToLowerInvariant() + "\"."
                        : "use \"tcp\" or \"udp\" (ECS port mappings support no other protocol; for HTTP or gRPC set " + MemberName.Mark("appProtocol") + " instead).";
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "protocol"),
                        Tdk3Text.Container(container, c) + " maps a port with protocol '" + value + "': " + fix);
                }
            }
        }
    }
}
