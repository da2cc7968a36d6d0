using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK7 service rules over a CreateService input and, when known, the task definition it runs, and the
    /// TDK5 placement rules over its placement. Findings point into the service input (<c>/launchType</c>,
    /// <c>/loadBalancers/0/containerPort</c>, ...).
    /// </summary>
    public static class ServiceValidator
    {
        /// <summary>Validates <paramref name="service"/>; findings come in rule-ID order, then in document order.</summary>
        /// <param name="service">The CreateService input.</param>
        /// <param name="taskDefinition">
        /// The task definition the service runs, or null when it is only known by ARN or family: the cross-checks
        /// against it then stay silent (an unknown value is never an error).
        /// </param>
        /// <param name="options">Ignored rules and severity grading, as for the task-definition validator.</param>
        /// <param name="surroundings">What the template or plan around the service tells (a scalable target, a defaulted desiredCount); null when nothing is known.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(ServiceDefinition service, TaskDefinition? taskDefinition = null, ValidationOptions? options = null, ServiceSurroundings? surroundings = null)
        {
            Guard.ThrowIfNull(service, nameof(service));
            var context = new ServiceValidationContext(service, taskDefinition, options, surroundings);
            context.AddRange(LaunchPlacement.Validate(service.PlacementStrategy, service.PlacementConstraints, context.Launch, service.SchedulingStrategy, taskDefinition, options));
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }
}
