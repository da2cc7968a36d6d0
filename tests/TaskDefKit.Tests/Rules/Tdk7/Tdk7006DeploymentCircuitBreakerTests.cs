using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7006DeploymentCircuitBreakerTests
    {
        private const string Breaker = "\"deploymentConfiguration\": { \"deploymentCircuitBreaker\": { \"enable\": true, \"rollback\": true } }";

        [Fact]
        public void Circuit_breaker_with_code_deploy_fires() =>
            Fires(RuleIds.DeploymentCircuitBreaker, With(FargateService, Breaker + ", \"deploymentController\": { \"type\": \"CODE_DEPLOY\" }"), FargateTask, "/deploymentConfiguration/deploymentCircuitBreaker");

        [Fact]
        public void Circuit_breaker_without_rollback_fires() =>
            Fires(RuleIds.DeploymentCircuitBreaker, With(FargateService, Breaker.Replace(", \"rollback\": true", string.Empty)), FargateTask, "/deploymentConfiguration/deploymentCircuitBreaker/rollback");

        [Fact]
        public void Custom_maximum_percent_for_external_on_ec2_fires() =>
            Fires(RuleIds.DeploymentCircuitBreaker, With(WithLaunch(FargateService, "\"launchType\": \"EC2\""), "\"deploymentController\": { \"type\": \"EXTERNAL\" }, \"deploymentConfiguration\": { \"maximumPercent\": 150 }"), null, "/deploymentConfiguration/maximumPercent");

        [Fact]
        public void Circuit_breaker_with_the_default_controller_and_percentages_on_fargate_external_are_silent()
        {
            Silent(RuleIds.DeploymentCircuitBreaker, With(FargateService, Breaker), FargateTask);
            Silent(RuleIds.DeploymentCircuitBreaker, With(FargateService, Breaker + ", \"deploymentController\": { \"type\": \"ECS\" }"), FargateTask);
            Silent(RuleIds.DeploymentCircuitBreaker, With(FargateService, "\"deploymentController\": { \"type\": \"EXTERNAL\" }, \"deploymentConfiguration\": { \"maximumPercent\": 150 }"), FargateTask);
        }
    }
}
