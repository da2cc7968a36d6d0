using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5005: at most 5 placement strategies per CreateService, UpdateService or RunTask call.</summary>
    /// <remarks>Source: ECS API model, CreateServiceRequest.placementStrategy and RunTaskRequest.placementStrategy.</remarks>
    [Rule("TDK5005", "TooManyPlacementStrategies", RuleSeverity.Error, "More than 5 placement strategies")]
    internal sealed class Tdk5005TooManyStrategies : PlacementRule
    {
        public override string Id => RuleIds.TooManyPlacementStrategies;

        public override void Check(PlacementValidationContext context)
        {
            int count = context.Strategies.Count;
            if (count > Limits.MaxPlacementStrategies)
            {
                context.Report(Id, Tdk5Cql.StrategyPointer(Limits.MaxPlacementStrategies), "There are " + count + " placement strategies; ECS accepts at most " + Limits.MaxPlacementStrategies + ": remove " + (count - Limits.MaxPlacementStrategies) + ".");
            }
        }
    }
}
