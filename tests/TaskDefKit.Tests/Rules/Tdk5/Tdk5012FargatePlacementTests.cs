using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5012FargatePlacementTests
    {
        private const string FargateService = """
            {
              "cluster": "prod",
              "serviceName": "web",
              "taskDefinition": "web:3",
              "launchType": "FARGATE",
              "placementStrategy": [{ "type": "spread", "field": "attribute:ecs.availability-zone" }],
              "placementConstraints": [{ "type": "distinctInstance" }]
            }
            """;

        [Fact]
        public void Fargate_service_with_strategy_and_constraint_fires_for_both()
        {
            Fires(RuleIds.FargatePlacement, FargateService, "/placementStrategy/0", RuleSeverity.Error);
            Fires(RuleIds.FargatePlacement, FargateService, "/placementConstraints/0", RuleSeverity.Error);
        }

        [Fact]
        public void Fargate_capacity_provider_counts_as_Fargate() =>
            Fires(RuleIds.FargatePlacement, FargateService.Replace("\"launchType\": \"FARGATE\"", "\"capacityProviderStrategy\": [{ \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]"), "/placementStrategy/0");

        [Fact]
        public void Fargate_task_definition_with_constraints_fires() =>
            RuleAssert.Fires(RuleIds.FargatePlacement, TaskDefinition("""{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t2.*" }""", "\"FARGATE\""), "/placementConstraints/0", RuleSeverity.Error);

        [Fact]
        public void Fargate_task_definition_with_an_empty_list_is_silent() =>
            RuleAssert.Silent(RuleIds.FargatePlacement, Definitions.FargateWeb.Replace("\"cpu\": \"256\",", "\"cpu\": \"256\", \"placementConstraints\": [],"));

        [Fact]
        public void Ec2_service_is_silent()
        {
            Silent(RuleIds.FargatePlacement, FargateService.Replace("FARGATE", "EC2"));
            RuleAssert.Silent(RuleIds.FargatePlacement, TaskDefinition("""{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t2.*" }"""));
        }
    }
}
