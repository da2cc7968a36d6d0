using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5004: a <c>random</c> strategy does not use <c>field</c>.</summary>
    /// <remarks>Source: ECS API model, PlacementStrategy.field ("For the random placement strategy, this field is not used").</remarks>
    [Rule("TDK5004", "RandomField", RuleSeverity.Warning, "random strategy ignores field")]
    internal sealed class Tdk5004RandomField : PlacementRule
    {
        public override string Id => RuleIds.RandomField;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementStrategy> strategies = context.Strategies;
            for (int i = 0; i < strategies.Count; i++)
            {
                PlacementStrategy strategy = strategies[i];
                if (strategy.Type == PlacementStrategyType.Random && strategy.Field != null)
                {
                    context.Report(Id, JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "field"), "The random strategy ignores " + MemberName.Mark("field") + " '" + strategy.Field + "': remove it (or use spread/binpack if you meant to place by it).");
                }
            }
        }
    }
}
