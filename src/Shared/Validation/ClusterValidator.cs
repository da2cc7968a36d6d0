using System.Collections.Generic;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>Runs the TDK7 cluster rules over a CreateCluster input. Findings point into the <c>create-cluster</c> input.</summary>
    public static class ClusterValidator
    {
        /// <summary>Validates <paramref name="cluster"/>; findings come in rule-ID order, then in document order.</summary>
        /// <param name="cluster">The CreateCluster input.</param>
        /// <param name="options">Ignored rules and severity grading, as for the task-definition validator.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(ClusterDefinition cluster, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(cluster, nameof(cluster));
            var context = new ClusterValidationContext(cluster, options);
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                rule.CheckCluster(context);
            }

            return context.Diagnostics;
        }
    }
}
