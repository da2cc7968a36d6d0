using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7016ContainerInsightsDisabledTests
    {
        [Fact]
        public void Disabled_container_insights_fires() =>
            Single(RuleIds.ContainerInsightsDisabled, ValidateCluster("""{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "disabled" }] }"""), "/settings/0/value");

        [Fact]
        public void Cluster_without_the_setting_fires_at_settings() =>
            Single(RuleIds.ContainerInsightsDisabled, ValidateCluster("""{ "clusterName": "prod" }"""), "/settings");

        [Theory]
        [InlineData("enabled")]
        [InlineData("enhanced")]
        public void Enabled_or_enhanced_is_silent(string value) =>
            None(RuleIds.ContainerInsightsDisabled, ValidateCluster("""{ "clusterName": "prod", "settings": [{ "name": "containerInsights", "value": "VALUE" }] }""".Replace("VALUE", value, System.StringComparison.Ordinal)));

        [Fact]
        public void Implements_security_hub_ecs_12() =>
            Assert.Contains("ECS.12", RuleCatalog.Get(RuleIds.ContainerInsightsDisabled).Controls);
    }
}
