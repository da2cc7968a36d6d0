using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5002: a <c>binpack</c> strategy needs <c>field</c> <c>cpu</c> or <c>memory</c>.</summary>
    /// <remarks>
    /// Source: ECS API model, PlacementStrategy.field. Whether the API accepts <c>CPU</c>/<c>MEMORY</c> is unconfirmed
    /// (catalog §9.14), so another case of a valid name is a warning, not an error.
    /// </remarks>
    [Rule("TDK5002", "BinpackField", RuleSeverity.Error, "binpack field must be cpu or memory")]
    internal sealed class Tdk5002BinpackField : PlacementRule
    {
        public override string Id => RuleIds.BinpackField;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementStrategy> strategies = context.Strategies;
            for (int i = 0; i < strategies.Count; i++)
            {
                PlacementStrategy strategy = strategies[i];
                if (strategy.Type != PlacementStrategyType.Binpack)
                {
                    continue;
                }

                string pointer = JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "field");
                string? field = strategy.Field;
                if (field is null)
                {
                    context.Report(Id, pointer, "The binpack strategy " + i + " has no " + MemberName.Mark("field") + ": set it to cpu or memory.");
                }
                else if (field != "cpu" && field != "memory")
                {
                    string lower = field.ToLowerInvariant();
                    if (lower == "cpu" || lower == "memory")
                    {
                        context.Report(Id, pointer, "binpack field '" + field + "' should be lowercase '" + lower + "'; the ECS API documents only cpu and memory.", RuleSeverity.Warning);
                    }
                    else
                    {
                        context.Report(Id, pointer, "binpack field '" + field + "' is not cpu or memory: binpack packs by a resource; use spread for " + (field.Length == 0 ? "other fields" : "'" + field + "'") + " or set " + MemberName.Mark("field") + " to cpu or memory.");
                    }
                }
            }
        }
    }
}
