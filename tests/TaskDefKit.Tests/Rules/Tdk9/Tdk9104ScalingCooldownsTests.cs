using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9104ScalingCooldownsTests
    {
        [Fact]
        public void A_negative_scale_in_cooldown_fires() =>
            Fires(RuleIds.ScalingCooldowns, TrackingPolicy.Replace("\"ScaleInCooldown\": 300", "\"ScaleInCooldown\": -300", System.StringComparison.Ordinal), null,
                "/TargetTrackingScalingPolicyConfiguration/ScaleInCooldown");

        [Fact]
        public void A_negative_step_cooldown_fires() =>
            Fires(RuleIds.ScalingCooldowns, StepPolicy.Replace("\"Cooldown\": 60", "\"Cooldown\": -1", System.StringComparison.Ordinal), null, "/StepScalingPolicyConfiguration/Cooldown");

        [Fact]
        public void Zero_cooldowns_are_silent() =>
            Silent(RuleIds.ScalingCooldowns, TrackingPolicy.Replace("\"ScaleInCooldown\": 300", "\"ScaleInCooldown\": 0", System.StringComparison.Ordinal));
    }
}
