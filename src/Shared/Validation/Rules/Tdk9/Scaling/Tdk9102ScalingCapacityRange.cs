using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>TDK9102: <c>MinCapacity</c> and <c>MaxCapacity</c> are ≥ 0 and min ≤ max (scalable target and scheduled action).</summary>
    /// <remarks>Source: Application Auto Scaling API reference, RegisterScalableTarget MinCapacity/MaxCapacity and ScalableTargetAction; the API rejects a minimum above the maximum.</remarks>
    [Rule("TDK9102", "ScalingCapacityRange", RuleSeverity.Error, "Scaling capacity range is not valid")]
    internal sealed class Tdk9102ScalingCapacityRange : ScalingRule
    {
        public override string Id => RuleIds.ScalingCapacityRange;

        public override void Check(ScalingValidationContext context)
        {
            if (context.Target != null)
            {
                CheckRange(context, string.Empty, context.Target.MinCapacity, context.Target.MaxCapacity);
            }

            if (context.Action?.ScalableTargetAction is { } action)
            {
                CheckRange(context, "/ScalableTargetAction", action.MinCapacity, action.MaxCapacity);
            }
        }

        private void CheckRange(ScalingValidationContext context, string prefix, int? min, int? max)
        {
            if (min < 0)
            {
                context.Report(Id, prefix + "/MinCapacity", MemberName.Mark("MinCapacity") + " is " + min + "; capacities are 0 or more.");
            }

            if (max < 0)
            {
                context.Report(Id, prefix + "/MaxCapacity", MemberName.Mark("MaxCapacity") + " is " + max + "; capacities are 0 or more.");
            }

            if (min >= 0 && max >= 0 && min > max)
            {
                context.Report(Id, prefix + "/MinCapacity", MemberName.Mark("MinCapacity") + " " + min + " is above " + MemberName.Mark("MaxCapacity") + " " + max + ".");
            }
        }
    }
}
