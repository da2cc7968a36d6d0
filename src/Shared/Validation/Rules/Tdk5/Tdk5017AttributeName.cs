using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5017: attribute names and values in spread fields and cluster queries must be valid, and <c>ecs.*</c> names should be ones ECS sets.</summary>
    /// <remarks>Source: AWS "Amazon ECS container instance attributes" (task-placement-constraints.html#attributes).</remarks>
    [Rule("TDK5017", "AttributeName", RuleSeverity.Warning, "Unusual or invalid attribute name")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5017AttributeName : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.AttributeName;

        public void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementStrategy> strategies = context.Strategies;
            for (int i = 0; i < strategies.Count; i++)
            {
                string? field = strategies[i].Field;
                if (strategies[i].Type == PlacementStrategyType.Spread && field != null && field.Length > 10 && field.StartsWith("attribute:", System.StringComparison.Ordinal))
                {
                    string? problem = TaskDefKit.Placement.Cql.CqlValidator.AttributeNameProblem(field.Substring(10));
                    if (problem != null)
                    {
                        context.Report(Id, JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "field"), problem);
                    }
                }
            }

            Tdk5Cql.CheckPlacement(Id, context);
        }

        public override void Check(ValidationContext context) => Tdk5Cql.CheckTaskDefinition(Id, context);
    }
}
