using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7012: each load balancer's <c>containerName</c> names a container of the task definition and its
    /// <c>containerPort</c> is one of that container's port mappings; an <c>awsvpc</c> service cannot use a Classic Load
    /// Balancer (<c>loadBalancerName</c>).
    /// </summary>
    /// <remarks>Sources: CreateService API reference, loadBalancers; ECS developer guide, service load balancing.</remarks>
    [Rule("TDK7012", "LoadBalancerTarget", RuleSeverity.Error, "Load balancer target does not match the task definition")]
    [BuilderInputs("/loadBalancers")]
    internal sealed class Tdk7012LoadBalancerTarget : ServiceRule
    {
        public override string Id => RuleIds.LoadBalancerTarget;

        public override void Check(ServiceValidationContext context)
        {
            TaskDefinition? taskDefinition = context.TaskDefinition;
            List<LoadBalancer>? loadBalancers = context.Service.LoadBalancers;
            if (taskDefinition is null || loadBalancers is null)
            {
                return;
            }

            for (int i = 0; i < loadBalancers.Count; i++)
            {
                LoadBalancer? loadBalancer = loadBalancers[i];
                if (loadBalancer is null)
                {
                    continue;
                }

                string pointer = JsonPointer.Index("/loadBalancers", i);
                if (taskDefinition.NetworkMode == NetworkMode.AwsVpc && loadBalancer.LoadBalancerName != null)
                {
                    context.Report(Id, JsonPointer.Member(pointer, "loadBalancerName"), "A task definition with " + MemberName.Mark("networkMode")
                        + " 'awsvpc' supports only Application and Network Load Balancers: use " + MemberName.Mark("targetGroupArn") + " instead of the Classic Load Balancer '"
                        + loadBalancer.LoadBalancerName + "'.");
                }

                if (loadBalancer.ContainerName is null)
                {
                    continue;
                }

                ContainerDefinition? container = Find(taskDefinition, loadBalancer.ContainerName);
                if (container is null)
                {
                    context.Report(Id, JsonPointer.Member(pointer, "containerName"), "The task definition has no container named '" + loadBalancer.ContainerName + "'.");
                    continue;
                }

                if (loadBalancer.ContainerPort is int port && !Maps(container, port))
                {
                    context.Report(Id, JsonPointer.Member(pointer, "containerPort"), "Container '" + loadBalancer.ContainerName + "' has no "
                        + MemberName.Mark("portMappings") + " entry with " + MemberName.Mark("containerPort") + " " + port + ".");
                }
            }
        }

        private static ContainerDefinition? Find(TaskDefinition taskDefinition, string name)
        {
            if (taskDefinition.ContainerDefinitions is null)
            {
                return null;
            }

            foreach (ContainerDefinition? container in taskDefinition.ContainerDefinitions)
            {
                if (container?.Name == name)
                {
                    return container;
                }
            }

            return null;
        }

        private static bool Maps(ContainerDefinition container, int port)
        {
            if (container.PortMappings is null)
            {
                return false;
            }

            foreach (PortMapping? mapping in container.PortMappings)
            {
                if (mapping?.ContainerPort == port)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
