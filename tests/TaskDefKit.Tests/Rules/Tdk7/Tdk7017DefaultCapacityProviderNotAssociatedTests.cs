using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7017DefaultCapacityProviderNotAssociatedTests
    {
        private const string Cluster = """
            {
              "clusterName": "prod",
              "settings": [{ "name": "containerInsights", "value": "enabled" }],
              "capacityProviders": ["FARGATE"],
              "defaultCapacityProviderStrategy": [{ "capacityProvider": "FARGATE", "weight": 1 }, { "capacityProvider": "FARGATE_SPOT", "weight": 3 }]
            }
            """;

        [Fact]
        public void Default_provider_not_in_capacity_providers_fires() =>
            Single(RuleIds.DefaultCapacityProviderNotAssociated, ValidateCluster(Cluster), "/defaultCapacityProviderStrategy/1/capacityProvider");

        [Fact]
        public void Associated_providers_are_silent() =>
            Assert.Empty(ValidateCluster(Cluster.Replace("[\"FARGATE\"]", "[\"FARGATE\", \"FARGATE_SPOT\"]", System.StringComparison.Ordinal)));

        [Fact]
        public void The_default_strategy_is_held_to_the_strategy_limits() =>
            Single(RuleIds.LaunchTypeAndCapacityProviders, ValidateCluster(Cluster.Replace("\"weight\": 1", "\"weight\": 0", System.StringComparison.Ordinal).Replace("\"weight\": 3", "\"weight\": 0", System.StringComparison.Ordinal)), "/defaultCapacityProviderStrategy/0/weight");
    }
}
