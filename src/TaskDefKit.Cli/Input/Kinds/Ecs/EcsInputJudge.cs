using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Input.Kinds.Ecs
{
    /// <summary>What the service, RunTask and cluster kinds share: placing findings in the file, and the placement rules.</summary>
    internal static class EcsInputJudge
    {
        /// <summary>The TDK5 placement findings of a service or RunTask input, placed in its file.</summary>
        public static IEnumerable<RuleDiagnostic> Placement<T>(
            EcsInputDocument<T> document,
            List<PlacementConstraint>? constraints,
            List<PlacementStrategy>? strategy,
            LaunchType? launchType,
            List<CapacityProviderStrategyItem>? capacityProviders,
            SchedulingStrategy? scheduling,
            TaskDefinition? taskDefinition,
            ValidationOptions options)
            where T : class
        {
            if (constraints is null && strategy is null)
            {
                yield break;
            }

            var target = new PlacementTarget { SchedulingStrategy = scheduling, TaskDefinition = taskDefinition };
            if (launchType is LaunchType launch)
            {
                target.LaunchType = new Compatibility(launch.Value);
            }
            else if (capacityProviders != null)
            {
                foreach (CapacityProviderStrategyItem item in capacityProviders)
                {
                    if (item?.CapacityProvider is "FARGATE" or "FARGATE_SPOT")
                    {
                        target.LaunchType = Compatibility.Fargate;
                    }
                }
            }

            var placement = new PlacementDocument { PlacementConstraints = constraints, PlacementStrategy = strategy };
            foreach (RuleDiagnostic finding in PlacementValidator.Validate(placement, target, options))
            {
                yield return document.Place(finding);
            }
        }

        /// <summary>Each finding placed in the document's file.</summary>
        public static IEnumerable<RuleDiagnostic> Placed<T>(EcsInputDocument<T> document, IEnumerable<RuleDiagnostic> findings)
            where T : class
        {
            foreach (RuleDiagnostic finding in findings)
            {
                yield return document.Place(finding);
            }
        }
    }
}
