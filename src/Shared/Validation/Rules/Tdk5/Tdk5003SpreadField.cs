using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5003: a <c>spread</c> strategy needs <c>field</c> <c>instanceId</c>, <c>host</c> or <c>attribute:&lt;name&gt;</c>.</summary>
    /// <remarks>Source: ECS API model, PlacementStrategy.field; AWS "Task placement strategies".</remarks>
    [Rule("TDK5003", "SpreadField", RuleSeverity.Error, "spread field must be instanceId, host or attribute:<name>")]
    internal sealed class Tdk5003SpreadField : PlacementRule
    {
        public override string Id => RuleIds.SpreadField;

        public override void Check(PlacementValidationContext context)
        {
            IReadOnlyList<PlacementStrategy> strategies = context.Strategies;
            for (int i = 0; i < strategies.Count; i++)
            {
                PlacementStrategy strategy = strategies[i];
                if (strategy.Type != PlacementStrategyType.Spread)
                {
                    continue;
                }

                string pointer = JsonPointer.Member(Tdk5Cql.StrategyPointer(i), "field");
                string? field = strategy.Field;
                if (field is null)
                {
                    context.Report(Id, pointer, "The spread strategy " + i + " has no " + MemberName.Mark("field") + ": set it to instanceId, host or attribute:<name>, e.g. attribute:ecs.availability-zone.");
                }
                else if (field == "instanceId" || field == "host")
                {
                }
                else if (field.StartsWith("attribute:", System.StringComparison.Ordinal))
                {
                    if (field.Length == 10)
                    {
                        context.Report(Id, pointer, "spread field 'attribute:' names no attribute: write e.g. attribute:ecs.availability-zone.");
                    }
                }
                else
                {
                    string hint = field == "cpu" || field == "memory"
                        ? " To pack by " + field + ", use a binpack strategy."
                        : string.Equals(field, "instanceId", System.StringComparison.OrdinalIgnoreCase) ? " Write it as instanceId."
                        : field.StartsWith("ecs.", System.StringComparison.Ordinal) ? " Write it as attribute:" + field + "."
                        : string.Empty;
                    context.Report(Id, pointer, "spread field '" + field + "' is not instanceId, host or attribute:<name>." + hint);
                }
            }
        }
    }
}
