using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5011: task-definition <c>placementConstraints[].type</c> must be <c>memberOf</c>.</summary>
    /// <remarks>
    /// Source: ECS API model, TaskDefinitionPlacementConstraintType (only memberOf); AWS error
    /// "Create TaskDefinition: constraint.type 'distinctInstance' is not supported." (aws-samples/aws-cdk-examples#628).
    /// </remarks>
    [Rule("TDK5011", "TaskDefinitionConstraintType", RuleSeverity.Error, "Task definition constraints must be memberOf")]
    internal sealed class Tdk5011TaskDefinitionConstraintType : TaskDefinitionRule
    {
        public override string Id => RuleIds.TaskDefinitionConstraintType;

        public override void Check(ValidationContext context)
        {
            List<TaskDefinitionPlacementConstraint>? constraints = context.Definition.PlacementConstraints;
            for (int i = 0; constraints != null && i < constraints.Count; i++)
            {
                TaskDefinitionPlacementConstraintType? type = constraints[i].Type;
                string pointer = JsonPointer.Member(Tdk5Cql.ConstraintPointer(i), "type");
                if (type is null)
                {
                    context.Report(Id, pointer, "Task definition placement constraint " + i + " has no " + MemberName.Mark("type") + ": set it to memberOf.");
                }
                else if (type.Value != TaskDefinitionPlacementConstraintType.MemberOf)
                {
                    string value = type.Value.Value;
                    string fix = value == "distinctInstance"
                        ? "distinctInstance can only be given on the service or RunTask call; move it there."
                        : string.Equals(value, "memberOf", System.StringComparison.OrdinalIgnoreCase) ? "write it as 'memberOf'." : "use memberOf.";
                    context.Report(Id, pointer, "Task definition placement constraint type '" + value + "' is not supported; only memberOf is: " + fix);
                }
            }
        }
    }
}
