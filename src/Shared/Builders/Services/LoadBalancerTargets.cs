using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Fills a load balancer's missing <c>containerName</c>/<c>containerPort</c> from the task definition, where the
    /// task definition leaves one answer. Where it leaves none or several, the builder was not told enough: that is a
    /// mistake in the calling code, so it throws naming the choices rather than emitting a load balancer ECS would refuse.
    /// </summary>
    internal static class LoadBalancerTargets
    {
        public static void Fill(List<LoadBalancer>? loadBalancers, TaskDefinition? taskDefinition)
        {
            if (loadBalancers is null)
            {
                return;
            }

            for (int i = 0; i < loadBalancers.Count; i++)
            {
                LoadBalancer? loadBalancer = loadBalancers[i];
                if (loadBalancer is null || (loadBalancer.ContainerName != null && loadBalancer.ContainerPort != null))
                {
                    continue;
                }

                string which = "loadBalancers[" + i + "] (" + (loadBalancer.TargetGroupArn ?? loadBalancer.LoadBalancerName ?? "no target group") + ")";
                if (taskDefinition is null)
                {
                    throw new InvalidOperationException(which + " needs a container name and port: the task definition is known only by name, "
                        + "so give them (LoadBalancer(targetGroupArn, containerName, containerPort)) or give the task definition itself.");
                }

                ContainerDefinition? container = loadBalancer.ContainerName is null
                    ? OnlyContainerWithPorts(taskDefinition, which)
                    : Find(taskDefinition, loadBalancer.ContainerName);
                if (container is null)
                {
                    // A container the task definition lacks: TDK7012 reports it at containerName.
                    continue;
                }

                loadBalancer.ContainerName = container.Name;
                loadBalancer.ContainerPort ??= OnlyPort(container, which);
            }
        }

        private static ContainerDefinition OnlyContainerWithPorts(TaskDefinition taskDefinition, string which)
        {
            var candidates = new List<ContainerDefinition>();
            foreach (ContainerDefinition? container in taskDefinition.ContainerDefinitions ?? new List<ContainerDefinition>())
            {
                if (container != null && Ports(container).Count > 0)
                {
                    candidates.Add(container);
                }
            }

            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            var names = new List<string>();
            foreach (ContainerDefinition candidate in candidates)
            {
                names.Add("'" + candidate.Name + "'");
            }

            throw new InvalidOperationException(which + ": name the container that receives the traffic — task definition '" + taskDefinition.Family + "' has "
                + (candidates.Count == 0 ? "no container with a port mapping" : candidates.Count + " containers with port mappings (" + string.Join(", ", names) + ")") + ".");
        }

        private static int OnlyPort(ContainerDefinition container, string which)
        {
            List<int> ports = Ports(container);
            if (ports.Count == 1)
            {
                return ports[0];
            }

            throw new InvalidOperationException(which + ": give the container port — container '" + container.Name + "' maps "
                + (ports.Count == 0 ? "no port" : ports.Count + " ports (" + string.Join(", ", ports) + ")") + ".");
        }

        private static List<int> Ports(ContainerDefinition container)
        {
            var ports = new List<int>();
            foreach (PortMapping? mapping in container.PortMappings ?? new List<PortMapping>())
            {
                if (mapping?.ContainerPort is int port && !ports.Contains(port))
                {
                    ports.Add(port);
                }
            }

            return ports;
        }

        private static ContainerDefinition? Find(TaskDefinition taskDefinition, string name)
        {
            foreach (ContainerDefinition? container in taskDefinition.ContainerDefinitions ?? new List<ContainerDefinition>())
            {
                if (container?.Name == name)
                {
                    return container;
                }
            }

            return null;
        }
    }
}
