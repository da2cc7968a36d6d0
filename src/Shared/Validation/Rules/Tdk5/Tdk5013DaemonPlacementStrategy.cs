using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5013: a DAEMON service takes no placement strategies (constraints are allowed).</summary>
    /// <remarks>Source: AWS error "The daemon scheduling strategy does not support placement strategies." (kayac/ecspresso#402).</remarks>
    [Rule("TDK5013", "DaemonPlacementStrategy", RuleSeverity.Error, "Daemon services do not support placement strategies")]
    internal sealed class Tdk5013DaemonPlacementStrategy : PlacementRule
    {
        public override string Id => RuleIds.DaemonPlacementStrategy;

        public override void Check(PlacementValidationContext context)
        {
            if (context.IsDaemon && context.Strategies.Count > 0)
            {
                context.Report(Id, Tdk5Cql.StrategyPointer(0), "A DAEMON service places one task on every instance and does not support placement strategies: remove " + MemberName.Mark("placementStrategy") + " (placement constraints are allowed).");
            }
        }
    }
}
