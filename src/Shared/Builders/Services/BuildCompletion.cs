using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// What <c>ServiceBuilder.Build()</c> and <c>RunTaskBuilder.Build()</c> add to the input they were told:
    /// <c>taskDefinition</c> from the task definition's family, load balancer containers and ports from the task
    /// definition, and the default deployment. Shared, so that the builder analyzer completes a chain's input exactly as
    /// the runtime does.
    /// </summary>
    internal static class BuildCompletion
    {
        /// <summary>The rolling preset's circuit breaker: on, rolling back to the last completed deployment.</summary>
        public static DeploymentCircuitBreaker RollbackBreaker() => new DeploymentCircuitBreaker { Enable = true, Rollback = true };

        /// <summary>Completes <paramref name="service"/> (a copy) for a build.</summary>
        /// <exception cref="System.InvalidOperationException">A load balancer's container or port cannot be taken from the task definition.</exception>
        public static void Complete(ServiceDefinition service, TaskDefinition? taskDefinition, bool deploymentChosen)
        {
            service.TaskDefinition ??= taskDefinition?.Family;
            LoadBalancerTargets.Fill(service.LoadBalancers, taskDefinition);
            if (!deploymentChosen)
            {
                DefaultDeployment(service);
            }
        }

        /// <summary>Completes <paramref name="runTask"/> (a copy) for a build.</summary>
        public static void Complete(RunTask runTask, TaskDefinition? taskDefinition)
        {
            runTask.TaskDefinition ??= taskDefinition?.Family;
        }

        /// <summary>The rolling preset's circuit breaker, for the ECS controller, unless the input chose another strategy or a breaker itself.</summary>
        private static void DefaultDeployment(ServiceDefinition service)
        {
            DeploymentControllerType? controller = service.DeploymentController?.Type;
            DeploymentConfiguration? configured = service.DeploymentConfiguration;
            if ((controller.HasValue && controller.Value != DeploymentControllerType.Ecs)
                || (configured?.Strategy is { } strategy && strategy != DeploymentStrategy.Rolling)
                || configured?.DeploymentCircuitBreaker != null)
            {
                return;
            }

            // Added to what the input has (percentages, alarms): the breaker is all the rolling preset adds to ECS's defaults.
            (service.DeploymentConfiguration ??= new DeploymentConfiguration()).DeploymentCircuitBreaker = RollbackBreaker();
        }
    }
}
