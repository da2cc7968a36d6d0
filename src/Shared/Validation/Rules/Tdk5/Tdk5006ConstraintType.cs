using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5006: service and RunTask <c>placementConstraints[].type</c> must be <c>distinctInstance</c> or <c>memberOf</c>.</summary>
    /// <remarks>Source: ECS API model, PlacementConstraintType.</remarks>
    [Rule("TDK5006", "PlacementConstraintType", RuleSeverity.Error, "Unknown placement constraint type")]
    internal sealed class Tdk5006ConstraintType : PlacementRule
    {
        public override string Id => RuleIds.PlacementConstraintType;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementConstraint> constraints = context.Constraints;
            for (int i = 0; i < constraints.Count; i++)
            {
                PlacementConstraintType? type = constraints[i].Type;
                string pointer = JsonPointer.Member(Tdk5Cql.ConstraintPointer(i), "type");
                if (type is null)
                {
                    context.Report(Id, pointer, "Placement constraint " + i + " has no " + MemberName.Mark("type") + ": set it to distinctInstance or memberOf.");
                }
                else if (!type.Value.IsKnown)
                {
                    string value = type.Value.Value;
                    string fix = string.Equals(value, "distinctInstance", System.StringComparison.OrdinalIgnoreCase) ? "write it as 'distinctInstance'."
                        : string.Equals(value, "memberOf", System.StringComparison.OrdinalIgnoreCase) ? "write it as 'memberOf'."
                        : "use distinctInstance or memberOf.";
                    context.Report(Id, pointer, "Placement constraint type '" + value + "' is not one ECS knows: " + fix);
                }
            }
        }
    }
}
