using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9203: a rule with <c>tagStatus: any</c> has the highest <c>rulePriority</c> of the policy (it is evaluated last).</summary>
    /// <remarks>Source: AWS "Lifecycle policy properties in Amazon ECR": "A rule with a tagStatus value of any must have the highest value for rulePriority and be evaluated last."</remarks>
    [Rule("TDK9203", "LifecycleAnyRuleNotLast", RuleSeverity.Error, "Lifecycle rule with tagStatus any is not evaluated last")]
    internal sealed class Tdk9203LifecycleAnyRuleNotLast : EcrRule
    {
        public override string Id => RuleIds.LifecycleAnyRuleNotLast;

        public override void Check(EcrValidationContext context)
        {
            if (context.Policy is null)
            {
                return;
            }

            long highest = long.MinValue;
            foreach (LifecyclePolicyRule rule in context.Policy.Rules)
            {
                if (rule.RulePriority is long p && p > highest)
                {
                    highest = p;
                }
            }

            for (int i = 0; i < context.Policy.Rules.Count; i++)
            {
                LifecyclePolicyRule rule = context.Policy.Rules[i];
                if (rule.Selection?.TagStatus == "any" && rule.RulePriority is long priority && priority < highest)
                {
                    context.Report(Id, LifecyclePointers.Member(i, "rulePriority"), LifecyclePointers.Label(rule, i)
                        + " selects tagStatus any but another rule has rulePriority " + highest
                        + "; a tagStatus any rule must have the highest rulePriority of the policy (set it above " + highest + ").");
                }
            }
        }
    }
}
