using System.Collections.Generic;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7017: each capacity provider of a cluster's <c>defaultCapacityProviderStrategy</c> is one of the cluster's
    /// <c>capacityProviders</c>.
    /// </summary>
    /// <remarks>
    /// Source: CreateCluster API reference, capacityProviders: "A capacity provider must be associated with a cluster
    /// before it can be included as part of the default capacity provider strategy of the cluster".
    /// </remarks>
    [Rule("TDK7017", "DefaultCapacityProviderNotAssociated", RuleSeverity.Error, "Default capacity provider not associated with the cluster")]
    [BuilderInputs("/capacityProviders", "/defaultCapacityProviderStrategy")]
    internal sealed class Tdk7017DefaultCapacityProviderNotAssociated : ServiceRule
    {
        public override string Id => RuleIds.DefaultCapacityProviderNotAssociated;

        public override void CheckCluster(ClusterValidationContext context)
        {
            List<CapacityProviderStrategyItem>? strategy = context.Cluster.DefaultCapacityProviderStrategy;
            if (strategy is null)
            {
                return;
            }

            var associated = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string? provider in context.Cluster.CapacityProviders ?? new List<string>())
            {
                if (provider != null)
                {
                    associated.Add(provider);
                }
            }

            for (int i = 0; i < strategy.Count; i++)
            {
                string? provider = strategy[i]?.CapacityProvider;
                if (provider != null && !associated.Contains(provider))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Index("/defaultCapacityProviderStrategy", i), "capacityProvider"), "Capacity provider '" + provider
                        + "' is in the default strategy but not in the cluster's " + MemberName.Mark("capacityProviders") + ": add it there.");
                }
            }
        }
    }
}
