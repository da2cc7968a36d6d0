using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5010: at most 10 placement constraints per task, counting the task definition's and those of the service or RunTask call together.</summary>
    /// <remarks>Source: ECS API model, RegisterTaskDefinitionRequest.placementConstraints and RunTaskRequest.placementConstraints ("maximum of 10 constraints per task").</remarks>
    [Rule("TDK5010", "TooManyPlacementConstraints", RuleSeverity.Error, "More than 10 placement constraints")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5010TooManyConstraints : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.TooManyPlacementConstraints;

        public void Check(PlacementValidationContext context)
        {
            int own = context.Constraints.Count;
            int fromTaskDefinition = context.TaskDefinition?.PlacementConstraints?.Count ?? 0;
            int total = own + fromTaskDefinition;
            if (total > Limits.MaxPlacementConstraints && own > 0)
            {
                int firstExcess = System.Math.Max(0, Limits.MaxPlacementConstraints - fromTaskDefinition);
                string counted = fromTaskDefinition > 0 ? own + " here plus " + fromTaskDefinition + " in the task definition make " + total : total.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Report(Id, Tdk5Cql.ConstraintPointer(firstExcess), "A task can have at most " + Limits.MaxPlacementConstraints + " placement constraints; " + counted + ": remove " + (total - Limits.MaxPlacementConstraints) + ".");
            }
        }

        public override void Check(ValidationContext context)
        {
            int count = context.Definition.PlacementConstraints?.Count ?? 0;
            if (count > Limits.MaxPlacementConstraints)
            {
                context.Report(Id, Tdk5Cql.ConstraintPointer(Limits.MaxPlacementConstraints), "The task definition has " + count + " placement constraints; a task can have at most " + Limits.MaxPlacementConstraints + ", including those added by the service or RunTask: remove " + (count - Limits.MaxPlacementConstraints) + ".");
            }
        }
    }
}
