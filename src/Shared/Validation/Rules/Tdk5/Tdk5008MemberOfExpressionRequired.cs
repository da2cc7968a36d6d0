using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5008: a <c>memberOf</c> constraint needs a non-blank <c>expression</c>.</summary>
    /// <remarks>Source: AWS "Task placement constraints" (memberOf places tasks on instances that satisfy an expression); the AWS error text is unconfirmed (catalog §9.10).</remarks>
    [Rule("TDK5008", "MemberOfExpressionRequired", RuleSeverity.Error, "memberOf requires an expression")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5008MemberOfExpressionRequired : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.MemberOfExpressionRequired;

        public void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementConstraint> constraints = context.Constraints;
            for (int i = 0; i < constraints.Count; i++)
            {
                PlacementConstraint constraint = constraints[i];
                if (constraint.Type == PlacementConstraintType.MemberOf && Tdk5Cql.IsBlank(constraint.Expression))
                {
                    context.Report(Id, Tdk5Cql.ExpressionPointer(i), "memberOf constraint " + i + " has " + (constraint.Expression is null ? "no expression" : "a blank expression") + ": add a cluster query such as 'attribute:ecs.instance-type =~ t2.*'.");
                }
            }
        }

        public override void Check(ValidationContext context)
        {
            List<TaskDefinitionPlacementConstraint>? constraints = context.Definition.PlacementConstraints;
            for (int i = 0; constraints != null && i < constraints.Count; i++)
            {
                TaskDefinitionPlacementConstraint constraint = constraints[i];
                if (constraint.Type == TaskDefinitionPlacementConstraintType.MemberOf && Tdk5Cql.IsBlank(constraint.Expression))
                {
                    context.Report(Id, Tdk5Cql.ExpressionPointer(i), "memberOf constraint " + i + " has " + (constraint.Expression is null ? "no expression" : "a blank expression") + ": add a cluster query such as 'attribute:ecs.instance-type =~ t2.*'.");
                }
            }
        }
    }
}
