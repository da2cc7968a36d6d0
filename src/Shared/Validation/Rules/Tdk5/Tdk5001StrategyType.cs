using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5001: <c>placementStrategy[].type</c> must be <c>random</c>, <c>spread</c> or <c>binpack</c>.</summary>
    /// <remarks>Source: ECS API model, PlacementStrategyType.</remarks>
    [Rule("TDK5001", "PlacementStrategyType", RuleSeverity.Error, "Unknown placement strategy type")]
    internal sealed class Tdk5001StrategyType : PlacementRule
    {
        public override string Id => RuleIds.PlacementStrategyType;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementStrategy> strategies = context.Strategies;
            for (int i = 0; i < strategies.Count; i++)
            {
                PlacementStrategyType? type = strategies[i].Type;
                if (type is null)
                {
                    context.Report(Id, JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "type"), "Placement strategy " + i + " has no " + MemberName.Mark("type") + ": set it to random, spread or binpack.");
                }
                else if (!type.Value.IsKnown)
                {
                    string lower = type.Value.Value.ToLowerInvariant();
                    string fix = lower == "random" || lower == "spread" || lower == "binpack"
                        ? "write it in lowercase: '" + lower + "'."
                        : "use random, spread or binpack.";
                    context.Report(Id, JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "type"), "Placement strategy type '" + type.Value.Value + "' is not one ECS knows: " + fix);
                }
            }
        }
    }
}
