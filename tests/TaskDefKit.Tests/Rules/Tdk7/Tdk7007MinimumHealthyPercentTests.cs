using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7007MinimumHealthyPercentTests
    {
        [Fact]
        public void Minimum_equal_to_maximum_fires() =>
            Fires(RuleIds.MinimumHealthyPercent, With(FargateService, "\"deploymentConfiguration\": { \"minimumHealthyPercent\": 100, \"maximumPercent\": 100 }"), FargateTask, "/deploymentConfiguration/minimumHealthyPercent");

        [Fact]
        public void Maximum_at_the_default_minimum_fires_at_the_maximum() =>
            Fires(RuleIds.MinimumHealthyPercent, With(FargateService, "\"deploymentConfiguration\": { \"maximumPercent\": 100 }"), FargateTask, "/deploymentConfiguration/maximumPercent");

        [Fact]
        public void Minimum_below_maximum_and_code_deploy_are_silent()
        {
            Silent(RuleIds.MinimumHealthyPercent, With(FargateService, "\"deploymentConfiguration\": { \"minimumHealthyPercent\": 100, \"maximumPercent\": 200 }"), FargateTask);
            Silent(RuleIds.MinimumHealthyPercent, With(FargateService, "\"deploymentConfiguration\": { \"minimumHealthyPercent\": 50 }"), FargateTask);
            Silent(RuleIds.MinimumHealthyPercent, With(FargateService, "\"deploymentController\": { \"type\": \"CODE_DEPLOY\" }, \"deploymentConfiguration\": { \"minimumHealthyPercent\": 100, \"maximumPercent\": 100 }"), FargateTask);
        }
    }
}
