using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4006: within one container a <c>containerPort</c> appears in only one port mapping — not for two protocols, not
    /// twice with one protocol, and not inside another mapping's <c>containerPortRange</c>.
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping</c>: "You can't expose the same container port for multiple protocols. If you
    /// attempt this, an error is returned"; <c>containerPortRange</c>: "A port can only be included in one port mapping per
    /// container." Overlapping ranges are TDK4010's.</remarks>
    [Rule("TDK4006", "DuplicateContainerPort", RuleSeverity.Error, "Container port mapped more than once")]
    internal sealed class Tdk4006DuplicateContainerPort : TaskDefinitionRule
    {
        public override string Id => RuleIds.DuplicateContainerPort;

        public override void Check(ValidationContext context)
        {
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                var mappings = container.PortMappings;
                if (mappings is null || mappings.Count < 2)
                {
                    continue;
                }

                for (int p = 0; p < mappings.Count; p++)
                {
                    PortMapping? mapping = mappings[p];
                    if (mapping?.ContainerPort is int port)
                    {
                        CheckPort(context, container, c, mappings, p, mapping, port);
                    }
                }
            }
        }

        private void CheckPort(ValidationContext context, ContainerDefinition container, int c, System.Collections.Generic.List<PortMapping> mappings, int p, PortMapping mapping, int port)
        {
            for (int q = 0; q < mappings.Count; q++)
            {
                PortMapping? other = mappings[q];
                if (q == p || other is null)
                {
                    continue;
                }

                if (q < p && other.ContainerPort == port)
                {
                    bool same = Tdk4Ports.SameProtocol(mapping, other);
                    context.Report(
                        Id,
                        Pointer(c, p, "containerPort"),
                        same
                            ? Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(port) + "/" + Tdk4Ports.Protocol(mapping) + " twice (port mappings #" + Tdk3Text.Number(q) + " and #" + Tdk3Text.Number(p) + "): remove the duplicate mapping."
                            : Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(port) + " for both " + Tdk4Ports.Protocol(other) + " and " + Tdk4Ports.Protocol(mapping)
                              + ", but ECS does not allow one container port for several protocols: keep one mapping, or listen on a second port for the other protocol.");
                    return;
                }

                if (other.ContainerPort is null && Tdk4Ports.TryParseValidRange(other.ContainerPortRange, out int start, out int end) && port >= start && port <= end)
                {
                    context.Report(
                        Id,
                        Pointer(c, p, "containerPort"),
                        Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(port) + ", which port mapping #" + Tdk3Text.Number(q) + " already covers with " + MemberName.Mark("containerPortRange") + " '" + other.ContainerPortRange
                        + "': a port may be in only one mapping per container, so remove this mapping or take the port out of the range.");
                    return;
                }
            }
        }

        private static string Pointer(int container, int mapping, string member) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "portMappings"), mapping), member);
    }
}
