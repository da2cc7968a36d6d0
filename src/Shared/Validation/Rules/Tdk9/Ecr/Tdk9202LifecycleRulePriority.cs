using System.Collections.Generic;
using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>TDK9202: every lifecycle rule has a positive <c>rulePriority</c>, unique within the policy.</summary>
    /// <remarks>Source: AWS "Lifecycle policy properties in Amazon ECR", rulePriority.</remarks>
    [Rule("TDK9202", "LifecycleRulePriority", RuleSeverity.Error, "Lifecycle rule priority is missing, not positive or not unique")]
    internal sealed class Tdk9202LifecycleRulePriority : EcrRule
    {
        public override string Id => RuleIds.LifecycleRulePriority;

        public override void Check(EcrValidationContext context)
        {
            if (context.Policy is null)
            {
                return;
            }

            var seen = new Dictionary<long, int>();
            for (int i = 0; i < context.Policy.Rules.Count; i++)
            {
                LifecyclePolicyRule rule = context.Policy.Rules[i];
                string pointer = LifecyclePointers.Member(i, "rulePriority");
                if (rule.RulePriority is not long priority)
                {
                    context.Report(Id, LifecyclePointers.Rule(i), "Lifecycle rule " + i + " has no rulePriority: give each rule a unique positive integer (lowest is evaluated first).");
                }
                else if (priority < 1)
                {
                    context.Report(Id, pointer, LifecyclePointers.Label(rule, i) + ": rulePriority must be a positive integer (1 is evaluated first).");
                }
                else if (seen.TryGetValue(priority, out int first))
                {
                    context.Report(Id, pointer, LifecyclePointers.Label(rule, i) + " has the same rulePriority as rule " + first
                        + "; each rule needs a unique rulePriority (values need not be sequential).");
                }
                else
                {
                    seen.Add(priority, i);
                }
            }
        }
    }
}
