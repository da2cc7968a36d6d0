using System;
using System.Collections.Generic;
using TaskDefKit.Model;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK5 placement rules over the placement of a service or RunTask input, with the launch type, scheduling
    /// strategy and task definition the input gives them. The members have the same names in the inputs as in a
    /// placement document, so the pointers stay valid.
    /// </summary>
    internal static class LaunchPlacement
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(
            List<PlacementStrategy>? strategies,
            List<PlacementConstraint>? constraints,
            TaskLaunch launch,
            SchedulingStrategy? schedulingStrategy,
            TaskDefinition? taskDefinition,
            ValidationOptions? options)
        {
            if (strategies is null && constraints is null)
            {
                return Array.Empty<RuleDiagnostic>();
            }

            var placement = new PlacementDocument { PlacementStrategy = strategies, PlacementConstraints = constraints };
            var target = new PlacementTarget { LaunchType = launch.Compatibility, SchedulingStrategy = schedulingStrategy, TaskDefinition = taskDefinition };
            return PlacementValidator.Validate(placement, target, options);
        }
    }
}
