using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk4
{
    /// <summary>
    /// TDK4007: containers that share a network namespace do not claim the same port. Under <c>awsvpc</c> (and Fargate) or
    /// <c>host</c>, two containers may not expose the same container port and protocol; under <c>bridge</c>, the same static
    /// host port and protocol may not appear twice in the task.
    /// </summary>
    /// <remarks>Derived from the ECS API model, <c>PortMapping</c>: under awsvpc and host the container ports are the ENI's
    /// or the host's ports, so the second container's bind fails; under bridge the second bind of a host port fails. Whether
    /// AWS rejects this at registration is unconfirmed; the task cannot start either way.</remarks>
    [Rule("TDK4007", "PortConflictInTask", RuleSeverity.Error, "Port used by two containers of the task")]
    internal sealed class Tdk4007PortConflictInTask : TaskDefinitionRule
    {
        public override string Id => RuleIds.PortConflictInTask;

        public override void Check(ValidationContext context)
        {
            if (context.Containers.Count == 0)
            {
                return;
            }

            if (Tdk4Ports.UsesAwsVpc(context) || context.IsHostNetwork)
            {
                CheckSharedNamespace(context);
            }
            else if (context.IsBridge)
            {
                CheckHostPorts(context);
            }
        }

        private void CheckSharedNamespace(ValidationContext context)
        {
            var containers = context.Containers;
            for (int c = 1; c < containers.Count; c++)
            {
                List<PortMapping>? mappings = containers[c].PortMappings;
                if (mappings is null)
                {
                    continue;
                }

                for (int p = 0; p < mappings.Count; p++)
                {
                    PortMapping? mapping = mappings[p];
                    if (mapping?.ContainerPort is int port)
                    {
                        CheckAgainstEarlierContainers(context, c, p, mapping, port);
                    }
                }
            }
        }

        private void CheckAgainstEarlierContainers(ValidationContext context, int c, int p, PortMapping mapping, int port)
        {
            var containers = context.Containers;
            for (int e = 0; e < c; e++)
            {
                List<PortMapping>? earlier = containers[e].PortMappings;
                if (earlier is null)
                {
                    continue;
                }

                foreach (PortMapping? other in earlier)
                {
                    if (other is null || !Tdk4Ports.SameProtocol(mapping, other))
                    {
                        continue;
                    }

                    bool clash = other.ContainerPort == port
                        || (other.ContainerPort is null && Tdk4Ports.TryParseValidRange(other.ContainerPortRange, out int start, out int end) && port >= start && port <= end);
                    if (!clash)
                    {
                        continue;
                    }

                    string mode = context.IsHostNetwork ? "under host networking they share the instance's ports" : "under awsvpc they share one network interface";
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "containerPort"),
                        Tdk3Text.Container(containers[c], c) + " and " + Tdk3Text.ContainerLower(containers[e], e) + " both expose port "
                        + Tdk3Text.Number(port) + "/" + Tdk4Ports.Protocol(mapping) + ", but " + mode + ", so the second one cannot bind it: give one container another port.");
                    return;
                }
            }
        }

        private void CheckHostPorts(ValidationContext context)
        {
            var containers = context.Containers;
            for (int c = 0; c < containers.Count; c++)
            {
                List<PortMapping>? mappings = containers[c].PortMappings;
                if (mappings is null)
                {
                    continue;
                }

                for (int p = 0; p < mappings.Count; p++)
                {
                    PortMapping? mapping = mappings[p];
                    if (mapping?.HostPort is int hostPort && hostPort > 0)
                    {
                        CheckEarlierHostPorts(context, c, p, mapping, hostPort);
                    }
                }
            }
        }

        private void CheckEarlierHostPorts(ValidationContext context, int c, int p, PortMapping mapping, int hostPort)
        {
            var containers = context.Containers;
            for (int e = 0; e <= c; e++)
            {
                List<PortMapping>? earlier = containers[e].PortMappings;
                if (earlier is null)
                {
                    continue;
                }

                int limit = e == c ? p : earlier.Count;
                for (int q = 0; q < limit; q++)
                {
                    PortMapping? other = earlier[q];
                    if (other is null || other.HostPort != hostPort || !Tdk4Ports.SameProtocol(mapping, other))
                    {
                        continue;
                    }

                    if (e == c && other.ContainerPort == mapping.ContainerPort)
                    {
                        return; // the same mapping written twice: TDK4006 reports it
                    }

                    string owner = e == c ? "port mapping #" + Tdk3Text.Number(q) + " of the same container" : Tdk3Text.ContainerLower(containers[e], e);
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(c, "portMappings"), p), "hostPort"),
                        Tdk3Text.Container(containers[c], c) + " binds " + MemberName.Mark("hostPort") + " " + Tdk3Text.Number(hostPort) + "/" + Tdk4Ports.Protocol(mapping) + ", which " + owner
                        + " already binds, so the task cannot start: use another host port, or omit " + MemberName.Mark("hostPort") + " for a dynamic one.");
                    return;
                }
            }
        }
    }
}
