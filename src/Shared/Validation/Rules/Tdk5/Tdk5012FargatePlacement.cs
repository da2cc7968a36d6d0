using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5012: Fargate supports no placement: no constraints in a Fargate task definition, no strategies or constraints on a Fargate service or RunTask.</summary>
    /// <remarks>
    /// Source: ECS API model, PlacementConstraint ("If you're using the Fargate launch type, task placement constraints
    /// aren't supported") and TaskDefinitionPlacementConstraint; AWS error "Placement constraints are not supported
    /// with FARGATE launch type." An empty list, as describe-task-definition returns it, is fine.
    /// </remarks>
    [Rule("TDK5012", "FargatePlacement", RuleSeverity.Error, "Placement not supported on Fargate")]
    [BuilderInputs("/requiresCompatibilities", "/placementConstraints")]
    internal sealed class Tdk5012FargatePlacement : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.FargatePlacement;

        public void Check(PlacementValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            if (context.Strategies.Count > 0)
            {
                context.Report(Id, Tdk5Cql.StrategyPointer(0), "Fargate does not support placement strategies (" + context.Strategies.Count + " given): remove " + MemberName.Mark("placementStrategy") + ", or run on EC2 capacity.");
            }

            if (context.Constraints.Count > 0)
            {
                context.Report(Id, Tdk5Cql.ConstraintPointer(0), "Fargate does not support placement constraints (" + context.Constraints.Count + " given): remove " + MemberName.Mark("placementConstraints") + ", or run on EC2 capacity.");
            }
        }

        public override void Check(ValidationContext context)
        {
            int count = context.Definition.PlacementConstraints?.Count ?? 0;
            if (context.IsFargate && count > 0)
            {
                context.Report(Id, Tdk5Cql.ConstraintPointer(0), "Placement constraints are not supported on Fargate, but this Fargate task definition has " + count + ": remove " + MemberName.Mark("placementConstraints") + " (an empty list is fine).");
            }
        }
    }
}
