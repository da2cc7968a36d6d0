using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5007: a <c>distinctInstance</c> constraint must not carry an <c>expression</c>, not even an empty one.</summary>
    /// <remarks>Source: ECS API model, PlacementConstraint.expression; AWS error "distinctInstance expression should not be specified." (hashicorp/terraform#11471).</remarks>
    [Rule("TDK5007", "DistinctInstanceExpression", RuleSeverity.Error, "distinctInstance must not have an expression")]
    internal sealed class Tdk5007DistinctInstanceExpression : PlacementRule
    {
        public override string Id => RuleIds.DistinctInstanceExpression;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementConstraint> constraints = context.Constraints;
            for (int i = 0; i < constraints.Count; i++)
            {
                PlacementConstraint constraint = constraints[i];
                if (constraint.Type == PlacementConstraintType.DistinctInstance && constraint.Expression != null)
                {
                    context.Report(Id, Tdk5Cql.ExpressionPointer(i), "distinctInstance takes no expression, but constraint " + i + " has '" + Tdk5Cql.Shorten(constraint.Expression) + "': remove the " + MemberName.Mark("expression") + " member (AWS rejects even an empty one), or use memberOf to filter instances.");
                }
            }
        }
    }
}
