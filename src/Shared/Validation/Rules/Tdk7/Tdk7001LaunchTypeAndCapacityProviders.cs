using System.Collections.Generic;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7001: <c>launchType</c> and <c>capacityProviderStrategy</c> are mutually exclusive; Managed Instances are
    /// reached only through a capacity provider strategy; a strategy (a service's, a RunTask's or a cluster's default)
    /// stays within the limits (≤ 20 items, weight 0–1000, base 0–100000 on at most one item) and, with several
    /// providers, gives at least one a weight above zero.
    /// </summary>
    /// <remarks>
    /// Sources: CreateService / RunTask API reference, launchType ("If a launchType is specified, the
    /// capacityProviderStrategy parameter must be omitted"; "If you want to use Amazon ECS Managed Instances, you must use
    /// the capacityProviderStrategy request parameter and omit the launchType request parameter"); CapacityProviderStrategyItem
    /// ("When multiple capacity providers are specified within a capacity provider strategy, at least one of the capacity
    /// providers must have a weight value greater than zero").
    /// </remarks>
    [Rule("TDK7001", "LaunchTypeAndCapacityProviders", RuleSeverity.Error, "Invalid launch type or capacity provider strategy")]
    [BuilderInputs("/launchType", "/capacityProviderStrategy", "/networkConfiguration", "/platformVersion", "/defaultCapacityProviderStrategy")]
    internal sealed class Tdk7001LaunchTypeAndCapacityProviders : ServiceRule
    {
        private const int MaxItems = 20;
        private const int MaxWeight = 1000;
        private const int MaxBase = 100000;

        public override string Id => RuleIds.LaunchTypeAndCapacityProviders;

        public override void Check(ServiceValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckRunTask(RunTaskValidationContext context) => CheckLaunch(context, context.Launch);

        public override void CheckCluster(ClusterValidationContext context) =>
            CheckStrategy(context, "/defaultCapacityProviderStrategy", context.Cluster.DefaultCapacityProviderStrategy);

        private void CheckLaunch(EcsInputValidationContext context, TaskLaunch launch)
        {
            List<CapacityProviderStrategyItem>? strategy = launch.CapacityProviderStrategy;
            if (launch.LaunchType.HasValue && strategy is { Count: > 0 })
            {
                // The launch type is the member to drop: the strategy carries more information.
                context.Report(Id, "/launchType", "A " + launch.Noun + " takes either " + MemberName.Mark("launchType") + " or " + MemberName.Mark("capacityProviderStrategy") + ", not both: remove "
                    + MemberName.Mark("launchType") + " '" + launch.LaunchType.Value.Value + "' (the strategy decides where tasks run).");
            }
            else if (launch.LaunchType == LaunchType.ManagedInstances)
            {
                context.Report(Id, "/launchType", "Amazon ECS Managed Instances are used through a capacity provider: remove " + MemberName.Mark("launchType")
                    + " 'MANAGED_INSTANCES' and name the Managed Instances capacity provider in " + MemberName.Mark("capacityProviderStrategy") + ".");
            }

            CheckStrategy(context, "/capacityProviderStrategy", strategy);
        }

        private void CheckStrategy(EcsInputValidationContext context, string strategyPointer, List<CapacityProviderStrategyItem>? strategy)
        {
            if (strategy is null)
            {
                return;
            }

            string name = strategyPointer.Substring(1);
            if (strategy.Count > MaxItems)
            {
                context.Report(Id, JsonPointer.Index(strategyPointer, MaxItems), MemberName.Mark(name) + " has " + strategy.Count + " items; at most " + MaxItems + " are allowed.");
            }

            int firstBase = -1;
            int items = 0;
            bool anyWeight = false;
            for (int i = 0; i < strategy.Count; i++)
            {
                CapacityProviderStrategyItem? item = strategy[i];
                if (item is null)
                {
                    continue;
                }

                items++;
                string pointer = JsonPointer.Index(strategyPointer, i);
                if (item.Weight is int weight && (weight < 0 || weight > MaxWeight))
                {
                    context.Report(Id, JsonPointer.Member(pointer, "weight"), MemberName.Mark("weight") + " " + weight + " is outside 0-" + MaxWeight + ".");
                }

                anyWeight |= item.Weight > 0;
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

            if (items > 1 && !anyWeight)
            {
                // The first item is where a weight is most naturally added; weight defaults to 0 when omitted.
                int first = strategy.FindIndex(item => item != null);
                string pointer = JsonPointer.Index(strategyPointer, first);
                context.Report(Id, strategy[first]!.Weight.HasValue ? JsonPointer.Member(pointer, "weight") : pointer, "With several capacity providers in "
                    + MemberName.Mark(name) + " at least one needs a " + MemberName.Mark("weight") + " above 0 (an omitted weight is 0); otherwise no task can be placed.");
            }
        }
    }
}
