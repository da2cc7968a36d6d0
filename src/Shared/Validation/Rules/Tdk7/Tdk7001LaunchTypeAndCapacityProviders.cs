using System.Collections.Generic;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7001: <c>launchType</c> and <c>capacityProviderStrategy</c> are mutually exclusive, and the strategy's items
    /// stay within the CreateService limits (≤ 20 items, weight 0–1000, base 0–100000 on at most one item).
    /// </summary>
    /// <remarks>Source: CreateService API reference, launchType / capacityProviderStrategy; CapacityProviderStrategyItem.</remarks>
    [Rule("TDK7001", "LaunchTypeAndCapacityProviders", RuleSeverity.Error, "Invalid launch type or capacity provider strategy")]
    internal sealed class Tdk7001LaunchTypeAndCapacityProviders : ServiceRule
    {
        private const int MaxItems = 20;
        private const int MaxWeight = 1000;
        private const int MaxBase = 100000;

        public override string Id => RuleIds.LaunchTypeAndCapacityProviders;

        public override void Check(ServiceValidationContext context)
        {
            ServiceDefinition service = context.Service;
            List<CapacityProviderStrategyItem>? strategy = service.CapacityProviderStrategy;
            if (service.LaunchType.HasValue && strategy is { Count: > 0 })
            {
                // The launch type is the member to drop: the strategy carries more information.
                context.Report(Id, "/launchType", "A service takes either " + MemberName.Mark("launchType") + " or " + MemberName.Mark("capacityProviderStrategy") + ", not both: remove "
                    + MemberName.Mark("launchType") + " '" + service.LaunchType.Value.Value + "' (the strategy decides where tasks run).");
            }

            if (strategy is null)
            {
                return;
            }

            if (strategy.Count > MaxItems)
            {
                context.Report(Id, JsonPointer.Index("/capacityProviderStrategy", MaxItems), MemberName.Mark("capacityProviderStrategy") + " has " + strategy.Count + " items; at most " + MaxItems + " are allowed.");
            }

            int firstBase = -1;
            for (int i = 0; i < strategy.Count; i++)
            {
                CapacityProviderStrategyItem? item = strategy[i];
                if (item is null)
                {
                    continue;
                }

                string pointer = JsonPointer.Index("/capacityProviderStrategy", i);
                if (item.Weight is int weight && (weight < 0 || weight > MaxWeight))
                {
                    context.Report(Id, JsonPointer.Member(pointer, "weight"), MemberName.Mark("weight") + " " + weight + " is outside 0-" + MaxWeight + ".");
                }

                if (item.Base is int itemBase)
                {
                    if (itemBase < 0 || itemBase > MaxBase)
                    {
                        context.Report(Id, JsonPointer.Member(pointer, "base"), MemberName.Mark("base") + " " + itemBase + " is outside 0-" + MaxBase + ".");
                    }
                    else if (itemBase > 0 && firstBase >= 0)
                    {
                        context.Report(Id, JsonPointer.Member(pointer, "base"), "Only one capacity provider in a strategy can have a " + MemberName.Mark("base")
                            + "; item " + firstBase + " already sets one.");
                    }
                    else if (itemBase > 0)
                    {
                        firstBase = i;
                    }
                }
            }
        }
    }
}
