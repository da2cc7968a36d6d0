using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// A capacity provider strategy: which capacity providers a service's or task's tasks run on, in what proportion
    /// (<c>weight</c>) and with what guaranteed minimum (<c>base</c>, on one provider only). The common Fargate ones are
    /// one call each; <see cref="And"/> adds a provider.
    /// </summary>
    /// <example><c>CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3)</c>: two tasks on Fargate, then three on Fargate Spot for every one on Fargate.</example>
    public sealed class CapacityStrategy
    {
        /// <summary>The Fargate capacity provider.</summary>
        public const string FargateProvider = "FARGATE";

        /// <summary>The Fargate Spot capacity provider (interruptible, cheaper).</summary>
        public const string FargateSpotProvider = "FARGATE_SPOT";

        private readonly List<CapacityProviderStrategyItem> _items = new List<CapacityProviderStrategyItem>();

        private CapacityStrategy()
        {
        }

        /// <summary>The items in the order given (copies; changing them does not change the strategy).</summary>
        public IReadOnlyList<CapacityProviderStrategyItem> Items => Copy();

        /// <summary>Starts a strategy with one provider.</summary>
        /// <param name="capacityProvider">The capacity provider's name (<c>FARGATE</c>, <c>FARGATE_SPOT</c> or one of the cluster's).</param>
        /// <param name="weight">Its share of the tasks beyond the base (0–1000).</param>
        /// <param name="baseCount">How many tasks run on it before the weights apply (<c>base</c>; one provider only).</param>
        [Adds("capacityProviderStrategy", "capacityProvider=capacityProvider", "weight=weight", "base=baseCount?", At = "capacityProvider")]
        public static CapacityStrategy Provider(string capacityProvider, int weight = 1, int? baseCount = null) =>
            new CapacityStrategy().And(capacityProvider, weight, baseCount);

        /// <summary>Every task on Fargate (<paramref name="baseCount"/> as <c>base</c> when given).</summary>
        [Adds("capacityProviderStrategy", "capacityProvider='FARGATE'", "weight='1'", "base=baseCount?")]
        public static CapacityStrategy Fargate(int? baseCount = null) => Provider(FargateProvider, 1, baseCount);

        /// <summary>Every task on Fargate Spot: cheapest, but tasks can be stopped at two minutes' notice.</summary>
        [Adds("capacityProviderStrategy", "capacityProvider='FARGATE_SPOT'", "weight='1'")]
        public static CapacityStrategy FargateSpot() => Provider(FargateSpotProvider);

        /// <summary>
        /// <paramref name="onDemandBase"/> tasks on Fargate, then the rest split between Fargate and Fargate Spot by
        /// weight: a floor of uninterruptible capacity with the rest at Spot prices.
        /// </summary>
        [Adds("capacityProviderStrategy", "capacityProvider='FARGATE'", "weight=onDemandWeight", "base=onDemandBase")]
        [Adds("capacityProviderStrategy", "capacityProvider='FARGATE_SPOT'", "weight=spotWeight")]
        public static CapacityStrategy FargateWithSpot(int onDemandBase = 1, int onDemandWeight = 1, int spotWeight = 1) =>
            Provider(FargateProvider, onDemandWeight, onDemandBase).And(FargateSpotProvider, spotWeight);

        /// <summary>Adds a provider.</summary>
        [Adds("capacityProviderStrategy", "capacityProvider=capacityProvider", "weight=weight", "base=baseCount?", At = "capacityProvider")]
        public CapacityStrategy And(string capacityProvider, int weight = 1, int? baseCount = null)
        {
            Guard.ThrowIfNull(capacityProvider, nameof(capacityProvider));
            _items.Add(new CapacityProviderStrategyItem { CapacityProvider = capacityProvider, Weight = weight, Base = baseCount });
            return this;
        }

        /// <summary>New model items for an input.</summary>
        internal List<CapacityProviderStrategyItem> Copy()
        {
            var copy = new List<CapacityProviderStrategyItem>(_items.Count);
            foreach (CapacityProviderStrategyItem item in _items)
            {
                copy.Add(new CapacityProviderStrategyItem { CapacityProvider = item.CapacityProvider, Weight = item.Weight, Base = item.Base });
            }

            return copy;
        }
    }
}
