using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9105ScalingStepAdjustmentsTests
    {
        [Fact]
        public void Overlapping_steps_fire() =>
            Assert.Contains("overlaps", Fires(RuleIds.ScalingStepAdjustments, StepPolicy.Replace("{ \"MetricIntervalLowerBound\": 20, \"ScalingAdjustment\": 3 }",
                "{ \"MetricIntervalLowerBound\": 10, \"ScalingAdjustment\": 3 }", System.StringComparison.Ordinal), null, "/StepScalingPolicyConfiguration/StepAdjustments/2").Message, System.StringComparison.Ordinal);

        [Fact]
        public void A_gap_fires() =>
            Assert.Contains("gap", Fires(RuleIds.ScalingStepAdjustments, StepPolicy.Replace("{ \"MetricIntervalLowerBound\": 20, \"ScalingAdjustment\": 3 }",
                "{ \"MetricIntervalLowerBound\": 30, \"ScalingAdjustment\": 3 }", System.StringComparison.Ordinal), null, "/StepScalingPolicyConfiguration/StepAdjustments/2").Message, System.StringComparison.Ordinal);

        [Fact]
        public void A_step_whose_bounds_are_reversed_fires() =>
            Fires(RuleIds.ScalingStepAdjustments, StepPolicy.Replace("\"MetricIntervalLowerBound\": 0, \"MetricIntervalUpperBound\": 20", "\"MetricIntervalLowerBound\": 20, \"MetricIntervalUpperBound\": 0", System.StringComparison.Ordinal),
                null, "/StepScalingPolicyConfiguration/StepAdjustments/1");

        [Fact]
        public void Contiguous_steps_in_any_order_are_silent()
        {
            Silent(RuleIds.ScalingStepAdjustments, StepPolicy);
            Silent(RuleIds.ScalingStepAdjustments, StepPolicy.Replace(
                "{ \"MetricIntervalUpperBound\": 0, \"ScalingAdjustment\": -1 },\n      { \"MetricIntervalLowerBound\": 0, \"MetricIntervalUpperBound\": 20, \"ScalingAdjustment\": 1 },",
                "{ \"MetricIntervalLowerBound\": 0, \"MetricIntervalUpperBound\": 20, \"ScalingAdjustment\": 1 },\n      { \"MetricIntervalUpperBound\": 0, \"ScalingAdjustment\": -1 },", System.StringComparison.Ordinal));
        }
    }
}
