using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>TDK9104: scaling cooldowns (<c>ScaleInCooldown</c>, <c>ScaleOutCooldown</c>, step <c>Cooldown</c>) are whole seconds ≥ 0.</summary>
    /// <remarks>Source: Application Auto Scaling API reference, TargetTrackingScalingPolicyConfiguration and StepScalingPolicyConfiguration ("The amount of time, in seconds, ...").</remarks>
    [Rule("TDK9104", "ScalingCooldowns", RuleSeverity.Error, "Scaling cooldown is negative")]
    internal sealed class Tdk9104ScalingCooldowns : ScalingRule
    {
        public override string Id => RuleIds.ScalingCooldowns;

        public override void Check(ScalingValidationContext context)
        {
            if (context.Policy?.TargetTrackingScalingPolicyConfiguration is { } tracking)
            {
                Check(context, "/TargetTrackingScalingPolicyConfiguration/ScaleOutCooldown", "ScaleOutCooldown", tracking.ScaleOutCooldown);
                Check(context, "/TargetTrackingScalingPolicyConfiguration/ScaleInCooldown", "ScaleInCooldown", tracking.ScaleInCooldown);
            }

            if (context.Policy?.StepScalingPolicyConfiguration is { } step)
            {
                Check(context, "/StepScalingPolicyConfiguration/Cooldown", "Cooldown", step.Cooldown);
            }
        }

        private void Check(ScalingValidationContext context, string pointer, string member, int? seconds)
        {
            if (seconds < 0)
            {
                context.Report(Id, pointer, MemberName.Mark(member) + " is " + seconds + " seconds; a cooldown is 0 or more.");
            }
        }
    }
}
