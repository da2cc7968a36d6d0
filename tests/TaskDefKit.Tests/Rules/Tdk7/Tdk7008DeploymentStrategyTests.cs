using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7008DeploymentStrategyTests
    {
        [Fact]
        public void Blue_green_without_bake_time_fires() =>
            Fires(RuleIds.DeploymentStrategy, With(FargateService, "\"deploymentConfiguration\": { \"strategy\": \"BLUE_GREEN\" }"), FargateTask, "/deploymentConfiguration/bakeTimeInMinutes");

        [Fact]
        public void Linear_configuration_with_canary_fires() =>
            Fires(RuleIds.DeploymentStrategy, With(FargateService, "\"deploymentConfiguration\": { \"strategy\": \"CANARY\", \"canaryConfiguration\": { \"canaryPercent\": 10 }, \"linearConfiguration\": { \"stepPercent\": 10 } }"), FargateTask, "/deploymentConfiguration/linearConfiguration");

        [Fact]
        public void Unknown_strategy_fires() =>
            Fires(RuleIds.DeploymentStrategy, With(FargateService, "\"deploymentConfiguration\": { \"strategy\": \"RAINBOW\" }"), FargateTask, "/deploymentConfiguration/strategy");

        [Fact]
        public void Blue_green_with_bake_time_and_linear_with_its_configuration_are_silent()
        {
            Silent(RuleIds.DeploymentStrategy, With(FargateService, "\"deploymentConfiguration\": { \"strategy\": \"BLUE_GREEN\", \"bakeTimeInMinutes\": 10 }"), FargateTask);
            Silent(RuleIds.DeploymentStrategy, With(FargateService, "\"deploymentConfiguration\": { \"strategy\": \"LINEAR\", \"linearConfiguration\": { \"stepPercent\": 10 } }"), FargateTask);
        }
    }
}
