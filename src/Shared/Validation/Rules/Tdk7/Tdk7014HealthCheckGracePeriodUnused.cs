using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7014: <c>healthCheckGracePeriodSeconds</c> on a service with nothing it applies to — no load balancer, no VPC
    /// Lattice configuration and no container health check in the task definition — has no effect. Judged only with the
    /// task definition known (its health checks decide).
    /// </summary>
    /// <remarks>
    /// Source: CreateService API reference, healthCheckGracePeriodSeconds: "The period of time, in seconds, that the Amazon
    /// ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks after a task
    /// has first started. [...] If you do not use any of the health checks, then healthCheckGracePeriodSeconds is unused."
    /// (AWS once rejected it without a load balancer; it no longer does.)
    /// </remarks>
    [Rule("TDK7014", "HealthCheckGracePeriodUnused", RuleSeverity.Info, "Health check grace period has no health check to apply to")]
    [BuilderInputs("/healthCheckGracePeriodSeconds", "/loadBalancers", "/vpcLatticeConfigurations", WholeDefinition = true)]
    internal sealed class Tdk7014HealthCheckGracePeriodUnused : ServiceRule
    {
        public override string Id => RuleIds.HealthCheckGracePeriodUnused;

        public override void Check(ServiceValidationContext context)
        {
            ServiceDefinition service = context.Service;
            TaskDefinition? taskDefinition = context.TaskDefinition;
            if (service.HealthCheckGracePeriodSeconds is not int seconds || seconds == 0 || taskDefinition is null
                || service.LoadBalancers is { Count: > 0 } || service.VpcLatticeConfigurations is { Count: > 0 } || HasHealthCheck(taskDefinition))
            {
                return;
            }

            context.Report(Id, "/healthCheckGracePeriodSeconds", MemberName.Mark("healthCheckGracePeriodSeconds") + " " + seconds + " has no effect: the service has no load balancer or VPC Lattice target and no container of the task definition has a "
                + MemberName.Mark("healthCheck") + ". Remove it, or add a container health check (its " + MemberName.Mark("startPeriod") + " covers a slow start).");
        }

        private static bool HasHealthCheck(TaskDefinition taskDefinition)
        {
            if (taskDefinition.ContainerDefinitions is null)
            {
                return false;
            }

            foreach (ContainerDefinition? container in taskDefinition.ContainerDefinitions)
            {
                if (container?.HealthCheck != null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
