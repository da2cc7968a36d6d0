using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9107: a scaling policy carries the configuration of its <c>PolicyType</c> — <c>TargetTrackingScaling</c> with
    /// <c>TargetTrackingScalingPolicyConfiguration</c> (a <c>TargetValue</c> above 0), <c>StepScaling</c> (the default)
    /// with <c>StepScalingPolicyConfiguration</c> — and not another type's.
    /// </summary>
    /// <remarks>Source: Application Auto Scaling API reference, PutScalingPolicy (PolicyType, "This parameter is required if you are creating a policy and the policy type is ..."), TargetTrackingScalingPolicyConfiguration.TargetValue.</remarks>
    [Rule("TDK9107", "ScalingPolicyConfiguration", RuleSeverity.Error, "Scaling policy configuration does not match its type")]
    internal sealed class Tdk9107ScalingPolicyConfiguration : ScalingRule
    {
        public override string Id => RuleIds.ScalingPolicyConfiguration;

        public override void Check(ScalingValidationContext context)
        {
            ScalingPolicy? policy = context.Policy;
            if (policy is null)
            {
                return;
            }

            string type = policy.PolicyType?.Value ?? "StepScaling";
            bool tracking = policy.TargetTrackingScalingPolicyConfiguration != null;
            bool step = policy.StepScalingPolicyConfiguration != null;
            if (type == "TargetTrackingScaling" && !tracking)
            {
                context.Report(Id, "/TargetTrackingScalingPolicyConfiguration", "A TargetTrackingScaling policy needs " + MemberName.Mark("TargetTrackingScalingPolicyConfiguration") + ".");
            }
            else if (type == "StepScaling" && !step)
            {
                context.Report(Id, "/StepScalingPolicyConfiguration", "A StepScaling policy" + (policy.PolicyType is null ? " (the default " + MemberName.Mark("PolicyType") + ")" : string.Empty)
                    + " needs " + MemberName.Mark("StepScalingPolicyConfiguration") + ".");
            }

            if (type != "TargetTrackingScaling" && tracking)
            {
                context.Report(Id, "/TargetTrackingScalingPolicyConfiguration", MemberName.Mark("TargetTrackingScalingPolicyConfiguration") + " is only for "
                    + MemberName.Mark("PolicyType") + " TargetTrackingScaling; this policy is " + type + ".");
            }

            if (type != "StepScaling" && step)
            {
                context.Report(Id, "/StepScalingPolicyConfiguration", MemberName.Mark("StepScalingPolicyConfiguration") + " is only for "
                    + MemberName.Mark("PolicyType") + " StepScaling; this policy is " + type + ".");
            }

            if (policy.TargetTrackingScalingPolicyConfiguration?.TargetValue is double target && target <= 0)
            {
                context.Report(Id, "/TargetTrackingScalingPolicyConfiguration/TargetValue", MemberName.Mark("TargetValue") + " must be above 0.");
            }
        }
    }
}
