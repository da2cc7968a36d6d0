using TaskDefKit.Builders.Description;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds one entry of a service's <c>loadBalancers</c>. Without <see cref="Container"/>, the service's
    /// <c>Build()</c> takes the container and port from the task definition: the only container with a port mapping and
    /// that container's only mapped port.
    /// </summary>
    public sealed class LoadBalancerBuilder
    {
        internal LoadBalancerBuilder(LoadBalancer loadBalancer)
        {
            LoadBalancer = loadBalancer;
        }

        /// <summary>The load balancer entry being built (the same object each time).</summary>
        public LoadBalancer LoadBalancer { get; }

        /// <summary>
        /// Sets <c>containerName</c> and, when given, <c>containerPort</c>: the container and port that receive the
        /// traffic. Without a port, the named container's only mapped port is used at <c>Build()</c>.
        /// </summary>
        [Sets("containerName=containerName", "containerPort=containerPort?")]
        public LoadBalancerBuilder Container(string containerName, int? containerPort = null)
        {
            LoadBalancer.ContainerName = containerName;
            LoadBalancer.ContainerPort = containerPort;
            return this;
        }

        /// <summary>
        /// Sets <c>advancedConfiguration</c> for blue/green, linear and canary deployments: the alternate target group the
        /// new revision registers in, the production listener rule (ALB) or listener (NLB) whose traffic ECS shifts, the
        /// role that lets ECS change it, and optionally a test listener rule.
        /// </summary>
        [Replaces("advancedConfiguration", "alternateTargetGroupArn=alternateTargetGroupArn", "productionListenerRule=productionListenerRule", "testListenerRule=testListenerRule?", "roleArn=roleArn")]
        public LoadBalancerBuilder BlueGreen(string alternateTargetGroupArn, string productionListenerRule, string roleArn, string? testListenerRule = null)
        {
            LoadBalancer.AdvancedConfiguration = new AdvancedConfiguration
            {
                AlternateTargetGroupArn = alternateTargetGroupArn,
                ProductionListenerRule = productionListenerRule,
                TestListenerRule = testListenerRule,
                RoleArn = roleArn,
            };
            return this;
        }
    }
}
