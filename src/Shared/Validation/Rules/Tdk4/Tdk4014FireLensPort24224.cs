using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>TDK4014: a FireLens task does not map port 24224, where the log router listens for the containers' logs.</summary>
    /// <remarks>Developer guide, "Send Amazon ECS logs to an AWS service or AWS Partner" (FireLens): the log router listens on
    /// port 24224; in bridge mode do not add a port mapping for it, and in other modes keep it out of the security group,
    /// or anyone who reaches the port can inject log records.</remarks>
    [Rule("TDK4014", "FireLensPort24224", RuleSeverity.Warning, "Port 24224 mapped in a FireLens task")]
    internal sealed class Tdk4014FireLensPort24224 : TaskDefinitionRule
    {
        public override string Id => RuleIds.FireLensPort24224;

        public override void Check(ValidationContext context)
        {
            if (!context.HasFireLensRouter)
            {
                return;
            }

            const int Port = Limits.FireLensForwardPort;
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

                    string? member = mapping.ContainerPort == Port ? "containerPort" : mapping.HostPort == Port ? "hostPort" : null;
                    if (member is null)
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), member),
                        Tdk3Text.Container(container, c) + " maps port 24224, where the FireLens log router receives the task's logs; exposing it lets others inject log records: remove this port mapping"
                        + (context.IsBridge ? "." : " and keep 24224 out of the task's security group."));
                }
            }
        }
    }
}
