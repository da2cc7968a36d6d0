using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4008: under <c>bridge</c> a static <c>hostPort</c> should avoid the reserved ports (22, 2375, 2376, 51678–51680)
    /// and the ephemeral range used for dynamic ports; more than 94 static host ports exceed an instance's 100 reserved
    /// ports together with the defaults (info).
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping.hostPort</c>: "Do not attempt to specify a host port in the ephemeral port
    /// range as these are reserved for automatic assignment. In general, ports below 32768 are outside of the ephemeral port
    /// range" (Linux; Windows' default range is 49152–65535); "The default reserved ports are 22 for SSH, the Docker ports
    /// 2375 and 2376, and the Amazon ECS container agent ports 51678-51680"; "A container instance can have up to 100
    /// reserved ports at a time. This number includes the default reserved ports."</remarks>
    [Rule("TDK4008", "ReservedOrEphemeralHostPort", RuleSeverity.Warning, "Static host port is reserved or ephemeral")]
    internal sealed class Tdk4008ReservedOrEphemeralHostPort : TaskDefinitionRule
    {
        private const int DefaultReservedPorts = 6;
        private const int MaxReservedPorts = 100;

        public override string Id => RuleIds.ReservedOrEphemeralHostPort;

        public override void Check(ValidationContext context)
        {
            if (!context.IsBridge || context.IsFargate)
            {
                return;
            }

            int ephemeralStart = context.IsWindows ? 49152 : 32768;
            int staticPorts = 0;
            int lastContainer = -1, lastMapping = -1;
            for (int c = 0; c < context.Containers.Count; c++)
            {
                ContainerDefinition container = context.Containers[c];
                if (container.PortMappings is null)
                {
                    continue;
                }

                for (int p = 0; p < container.PortMappings.Count; p++)
                {
                    PortMapping? mapping = container.PortMappings[p];
                    if (!(mapping?.HostPort is int hostPort) || hostPort <= 0 || hostPort > Limits.MaxPort)
                    {
                        continue;
                    }

                    staticPorts++;
                    lastContainer = c;
                    lastMapping = p;
                    string? problem = IsReserved(hostPort)
                        ? "is reserved on every container instance (22 SSH, 2375/2376 Docker, 51678-51680 ECS agent)"
                        : hostPort >= ephemeralStart
                            ? "lies in the ephemeral port range (" + (context.IsWindows ? "49152-65535 on Windows" : "ports from 32768 up may be ephemeral on Linux") + ") that is kept for dynamic host ports, so it can collide with them"
                            : null;
                    if (problem is null)
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        Pointer(c, p),
                        Tdk3Text.Container(container, c) + " binds static " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(hostPort) + ", which " + problem
                        + ": choose a port below " + Tdk3Text.Number(ephemeralStart) + " that is not reserved, or omit " + MemberName.Mark("hostPort") + " for a dynamic port.");
                }
            }

            if (staticPorts > MaxReservedPorts - DefaultReservedPorts)
            {
                context.Report(
                    Id,
                    Pointer(lastContainer, lastMapping),
                    "The task binds " + Tdk3Text.Number(staticPorts) + " static host ports; with the 6 default reserved ports that exceeds the 100 reserved ports a container instance can hold: use dynamic host ports (omit " + MemberName.Mark("hostPort") + ") for most mappings.",
                    RuleSeverity.Info);
            }
        }

        private static bool IsReserved(int port) =>
            port == 22 || port == 2375 || port == 2376 || (port >= 51678 && port <= 51680);

        private static string Pointer(int container, int mapping) =>
            JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(container, "portMappings"), mapping), "hostPort");
    }
}
