using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9102ScalingCapacityRangeTests
    {
        [Fact]
        public void Min_above_max_fires() =>
            Fires(RuleIds.ScalingCapacityRange, ScalableTarget.Replace("\"MinCapacity\": 2", "\"MinCapacity\": 12", System.StringComparison.Ordinal), null, "/MinCapacity");

        [Fact]
        public void A_negative_scheduled_maximum_fires() =>
            Fires(RuleIds.ScalingCapacityRange, ScheduledAction.Replace("\"MaxCapacity\": 4", "\"MaxCapacity\": -1", System.StringComparison.Ordinal), null, "/ScalableTargetAction/MaxCapacity");

        [Fact]
        public void Equal_bounds_and_zero_are_silent()
        {
            Silent(RuleIds.ScalingCapacityRange, ScalableTarget.Replace("\"MinCapacity\": 2", "\"MinCapacity\": 10", System.StringComparison.Ordinal));
            Silent(RuleIds.ScalingCapacityRange, ScheduledAction.Replace("\"MinCapacity\": 1", "\"MinCapacity\": 0", System.StringComparison.Ordinal));
        }
    }
}
