using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9101ScalingEcsServiceResourceTests
    {
        [Fact]
        public void A_resource_id_without_the_cluster_fires() =>
            Fires(RuleIds.ScalingEcsServiceResource, ScalableTarget.Replace("service/prod/web", "service/web", System.StringComparison.Ordinal), null, "/ResourceId");

        [Fact]
        public void Another_services_dimension_on_an_ecs_target_fires() =>
            Fires(RuleIds.ScalingEcsServiceResource, TrackingPolicy.Replace("ecs:service:DesiredCount", "dynamodb:table:ReadCapacityUnits", System.StringComparison.Ordinal), null, "/ScalableDimension");

        [Fact]
        public void Correct_ecs_inputs_and_a_dynamodb_table_are_silent()
        {
            Silent(RuleIds.ScalingEcsServiceResource, ScalableTarget);
            Silent(RuleIds.ScalingEcsServiceResource, ScheduledAction);
            Silent(RuleIds.ScalingEcsServiceResource, """
                { "ServiceNamespace": "dynamodb", "ResourceId": "table/orders", "ScalableDimension": "dynamodb:table:ReadCapacityUnits", "MinCapacity": 5, "MaxCapacity": 50 }
                """);
        }
    }
}
