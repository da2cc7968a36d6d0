using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9103ScalingTargetTrackingMetricTests
    {
        [Fact]
        public void Another_services_metric_fires() =>
            Fires(RuleIds.ScalingTargetTrackingMetric, TrackingPolicy.Replace("ECSServiceAverageCPUUtilization", "DynamoDBReadCapacityUtilization", System.StringComparison.Ordinal), null,
                "/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/PredefinedMetricType");

        [Fact]
        public void Request_count_without_a_resource_label_fires() =>
            Fires(RuleIds.ScalingTargetTrackingMetric, TrackingPolicy.Replace("ECSServiceAverageCPUUtilization", "ALBRequestCountPerTarget", System.StringComparison.Ordinal), null,
                "/TargetTrackingScalingPolicyConfiguration/PredefinedMetricSpecification/ResourceLabel");

        [Fact]
        public void Cpu_memory_and_labelled_request_count_are_silent()
        {
            Silent(RuleIds.ScalingTargetTrackingMetric, TrackingPolicy);
            Silent(RuleIds.ScalingTargetTrackingMetric, TrackingPolicy.Replace("\"PredefinedMetricType\": \"ECSServiceAverageCPUUtilization\"",
                "\"PredefinedMetricType\": \"ALBRequestCountPerTarget\", \"ResourceLabel\": \"app/web/778d41231b141a0f/targetgroup/web-tg/943f017f100becff\"", System.StringComparison.Ordinal));
        }
    }
}
