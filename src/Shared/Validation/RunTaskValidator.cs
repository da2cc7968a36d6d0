using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK7 rules that apply to a standalone task over a RunTask input and, when known, its task definition —
    /// the same rules as <see cref="ServiceValidator"/> where they apply (launch type against the task definition,
    /// network configuration, capacity provider strategy, platform version, public IP) plus <c>count</c> — and the TDK5
    /// placement rules over its placement. Findings point into the <c>run-task</c> input.
    /// </summary>
    public static class RunTaskValidator
    {
        /// <summary>Validates <paramref name="runTask"/>; findings come in rule-ID order, then in document order.</summary>
        /// <param name="runTask">The RunTask input.</param>
        /// <param name="taskDefinition">The task definition it runs, or null when it is only known by ARN or family (the cross-checks then stay silent).</param>
        /// <param name="options">Ignored rules and severity grading, as for the task-definition validator.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(RunTask runTask, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(runTask, nameof(runTask));
            var context = new RunTaskValidationContext(runTask, taskDefinition, options);
            context.AddRange(LaunchPlacement.Validate(runTask.PlacementStrategy, runTask.PlacementConstraints, context.Launch, null, taskDefinition, options));
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                rule.CheckRunTask(context);
            }

            return context.Diagnostics;
        }
    }
}
