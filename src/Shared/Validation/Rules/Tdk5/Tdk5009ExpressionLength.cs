using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5009: a placement <c>expression</c> is at most 2000 characters (service, RunTask and task definition).</summary>
    /// <remarks>Source: ECS API model, PlacementConstraint.expression ("maximum length of 2000 characters").</remarks>
    [Rule("TDK5009", "ExpressionLength", RuleSeverity.Error, "Placement expression longer than 2000 characters")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5009ExpressionLength : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.ExpressionLength;

        public void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementConstraint> constraints = context.Constraints;
            for (int i = 0; i < constraints.Count; i++)
            {
                Judge(constraints[i].Expression, i, context.Report);
            }
        }

        public override void Check(ValidationContext context)
        {
            List<TaskDefinitionPlacementConstraint>? constraints = context.Definition.PlacementConstraints;
            for (int i = 0; constraints != null && i < constraints.Count; i++)
            {
                Judge(constraints[i].Expression, i, context.Report);
            }
        }

        private void Judge(string? expression, int index, System.Action<string, string, string, RuleSeverity?> report)
        {
            if (expression != null && expression.Length > Limits.MaxPlacementExpressionLength)
            {
                report(Id, Tdk5Cql.ExpressionPointer(index), "The expression of constraint " + index + " is " + expression.Length + " characters long; ECS accepts at most " + Limits.MaxPlacementExpressionLength + ": shorten it (e.g. use in [...] lists or custom attributes).", null);
            }
        }
    }
}
