using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7021TaskDefinitionRequiredTests
    {
        private static readonly string WithoutTaskDefinition = FargateService.Replace("\"taskDefinition\": \"web:3\",", string.Empty, System.StringComparison.Ordinal);

        [Fact]
        public void Service_without_a_task_definition_fires() =>
            Fires(RuleIds.ServiceTaskDefinitionRequired, WithoutTaskDefinition, null, "/taskDefinition");

        [Fact]
        public void Code_deploy_service_without_a_task_definition_fires() =>
            Fires(RuleIds.ServiceTaskDefinitionRequired, With(WithoutTaskDefinition, "\"deploymentController\": { \"type\": \"CODE_DEPLOY\" }"), null, "/taskDefinition");

        [Fact]
        public void External_service_without_and_ecs_service_with_a_task_definition_are_silent()
        {
            Silent(RuleIds.ServiceTaskDefinitionRequired, With(WithoutTaskDefinition, "\"deploymentController\": { \"type\": \"EXTERNAL\" }"), null);
            Silent(RuleIds.ServiceTaskDefinitionRequired, FargateService, null);
        }
    }
}
