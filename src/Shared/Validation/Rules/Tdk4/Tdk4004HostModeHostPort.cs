using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4004: under <c>host</c> networking a port mapping's <c>hostPort</c> is omitted or equal to its
    /// <c>containerPort</c>; a task with port mappings then fits only once per container instance (info).
    /// </summary>
    /// <remarks>ECS API model, <c>PortMapping</c>: "If the network mode of a task definition is set to host, host ports must
    /// either be undefined or match the container port in the port mapping." AWS CDK <c>PortMap.validate</c> enforces the
    /// same.</remarks>
    [Rule("TDK4004", "HostModeHostPort", RuleSeverity.Error, "Host port differs from container port under host networking")]
    [BuilderInputs("/requiresCompatibilities", "/networkMode", "/containerDefinitions/*/portMappings")]
    internal sealed class Tdk4004HostModeHostPort : TaskDefinitionRule
    {
        public override string Id => RuleIds.HostModeHostPort;

        public override void Check(ValidationContext context)
        {
            if (!context.IsHostNetwork || context.IsFargate)
            {
                return; // Fargate + host is TDK1's network-mode error; TDK4003 covers the ports there
            }

            int firstContainer = -1, firstMapping = -1;
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
                    if (mapping is null)
                    {
                        continue;
                    }

                    if (firstContainer < 0)
                    {
                        firstContainer = c;
                        firstMapping = p;
                    }

                    if (!(mapping.HostPort is int hostPort) || !(mapping.ContainerPort is int containerPort) || hostPort == containerPort)
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "hostPort"),
                        Tdk3Text.Container(container, c) + " maps " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(hostPort) + " to " + MemberName.Mark("containerPort") + " " + Tdk3Text.Number(containerPort)
                        + ", but under host networking the container listens directly on the host's port: remove " + MemberName.Mark("hostPort") + " or set it to " + Tdk3Text.Number(containerPort) + ".");
                }
            }

            if (firstContainer >= 0)
            {
                context.Report(
                    Id,
                    JsonPointer.Index(JsonPointer.Container(firstContainer, "portMappings"), firstMapping),
                    "Under host networking the mapped ports are bound on the instance itself, so only one copy of this task fits on each container instance: plan capacity accordingly, or use awsvpc or bridge to run several.",
                    RuleSeverity.Info);
            }
        }
    }
}
