using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7001LaunchTypeAndCapacityProvidersTests
    {
        private const string Both = """
            {
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "capacityProviderStrategy": [{ "capacityProvider": "FARGATE_SPOT", "weight": 1 }]
            }
            """;

        private static readonly string StrategyOnly = Both.Replace("\"launchType\": \"FARGATE\",", string.Empty);

        [Fact]
        public void Launch_type_with_a_capacity_provider_strategy_fires() =>
            Fires(RuleIds.LaunchTypeAndCapacityProviders, Both, null, "/launchType");

        [Fact]
        public void Capacity_provider_strategy_alone_is_silent() =>
            Silent(RuleIds.LaunchTypeAndCapacityProviders, StrategyOnly, null);

        [Fact]
        public void Launch_type_with_an_empty_strategy_is_silent() =>
            Silent(RuleIds.LaunchTypeAndCapacityProviders, Both.Replace("[{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]", "[]"), null);

        [Fact]
        public void Weight_above_1000_fires() =>
            Fires(RuleIds.LaunchTypeAndCapacityProviders, StrategyOnly.Replace("\"weight\": 1", "\"weight\": 1001"), null, "/capacityProviderStrategy/0/weight");

        [Fact]
        public void Base_on_two_items_fires_on_the_second()
        {
            string json = StrategyOnly.Replace(
                "[{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]",
                "[{ \"capacityProvider\": \"FARGATE\", \"weight\": 1, \"base\": 1 }, { \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 3, \"base\": 2 }]");
            Fires(RuleIds.LaunchTypeAndCapacityProviders, json, null, "/capacityProviderStrategy/1/base");
        }

        [Fact]
        public void Base_on_one_item_and_boundary_weights_are_silent()
        {
            string json = StrategyOnly.Replace(
                "[{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]",
                "[{ \"capacityProvider\": \"FARGATE\", \"weight\": 0, \"base\": 100000 }, { \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1000, \"base\": 0 }]");
            Silent(RuleIds.LaunchTypeAndCapacityProviders, json, null);
        }
    
        [Fact]
        public void Several_providers_all_without_weight_fire_on_the_first()
        {
            string json = StrategyOnly.Replace(
                "[{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]",
                "[{ \"capacityProvider\": \"FARGATE\", \"base\": 1 }, { \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 0 }]");
            Fires(RuleIds.LaunchTypeAndCapacityProviders, json, null, "/capacityProviderStrategy/0");
        }

        [Fact]
        public void One_provider_without_weight_is_silent() =>
            Silent(RuleIds.LaunchTypeAndCapacityProviders, StrategyOnly.Replace("\"weight\": 1", "\"weight\": 0"), null);

        [Fact]
        public void Managed_instances_as_a_launch_type_fires() =>
            Fires(RuleIds.LaunchTypeAndCapacityProviders, """{ "serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2, "launchType": "MANAGED_INSTANCES" }""", null, "/launchType");

        [Fact]
        public void RunTask_launch_type_with_a_strategy_fires() =>
            Single(RuleIds.LaunchTypeAndCapacityProviders, ValidateRunTask("""
                { "taskDefinition": "web:3", "launchType": "EC2", "capacityProviderStrategy": [{ "capacityProvider": "my-asg", "weight": 1 }] }
                """, null), "/launchType");
}
}
