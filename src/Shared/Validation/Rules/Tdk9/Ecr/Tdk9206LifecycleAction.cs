using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>
    /// TDK9206: every rule has an <c>action</c> whose <c>type</c> is <c>expire</c> or <c>transition</c>;
    /// <c>transition</c> takes <c>targetStorageClass: archive</c>, <c>expire</c> takes none.
    /// </summary>
    /// <remarks>Source: AWS "Examples of lifecycle policies in Amazon ECR" (template) and "Lifecycle policy properties in Amazon ECR", action.</remarks>
    [Rule("TDK9206", "LifecycleAction", RuleSeverity.Error, "Lifecycle rule action is missing or invalid")]
    internal sealed class Tdk9206LifecycleAction : EcrRule
    {
        public override string Id => RuleIds.LifecycleAction;

        public override void Check(EcrValidationContext context)
        {
            if (context.Policy is null)
            {
                return;
            }

            for (int i = 0; i < context.Policy.Rules.Count; i++)
            {
                LifecyclePolicyRule rule = context.Policy.Rules[i];
                string label = LifecyclePointers.Label(rule, i);
                LifecycleAction? action = rule.Action;
                if (action is null)
                {
                    context.Report(Id, LifecyclePointers.Rule(i), label + " has no action: add \"action\": { \"type\": \"expire\" }.");
                    continue;
                }

                switch (action.Type)
                {
                    case null:
                        context.Report(Id, LifecyclePointers.Member(i, "action"), label + " has an action without type: set type to expire or transition.");
                        break;
                    case "expire":
                        if (action.TargetStorageClass != null)
                        {
                            context.Report(Id, LifecyclePointers.Action(i, "targetStorageClass"), label + " expires images but sets targetStorageClass; targetStorageClass is only for type transition: remove it.");
                        }

                        break;
                    case "transition":
                        if (action.TargetStorageClass is null)
                        {
                            context.Report(Id, LifecyclePointers.Member(i, "action"), label + " transitions images without targetStorageClass: add \"targetStorageClass\": \"archive\".");
                        }
                        else if (action.TargetStorageClass != "archive")
                        {
                            context.Report(Id, LifecyclePointers.Action(i, "targetStorageClass"), label + " has targetStorageClass '" + action.TargetStorageClass + "'; the only target ECR accepts is archive.");
                        }

                        break;
                    default:
                        context.Report(Id, LifecyclePointers.Action(i, "type"), label + " has action type '" + action.Type + "': use expire or transition.");
                        break;
                }
            }
        }
    }
}
