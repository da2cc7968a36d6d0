using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9107ScalingPolicyConfigurationTests
    {
        [Fact]
        public void A_step_policy_type_with_a_tracking_configuration_fires()
        {
            var findings = Validate(TrackingPolicy.Replace("\"PolicyType\": \"TargetTrackingScaling\"", "\"PolicyType\": \"StepScaling\"", System.StringComparison.Ordinal));
            Assert.Equal(
                new[] { "/StepScalingPolicyConfiguration", "/TargetTrackingScalingPolicyConfiguration" },
                System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Linq.Enumerable.Where(findings, d => d.RuleId == RuleIds.ScalingPolicyConfiguration), d => d.Pointer)));
        }

        [Fact]
        public void A_zero_target_value_fires() =>
            Fires(RuleIds.ScalingPolicyConfiguration, TrackingPolicy.Replace("\"TargetValue\": 60.0", "\"TargetValue\": 0", System.StringComparison.Ordinal), null,
                "/TargetTrackingScalingPolicyConfiguration/TargetValue");

        [Fact]
        public void Matching_types_are_silent()
        {
            Clean(TrackingPolicy);
            Clean(StepPolicy);
        }
    }
}
