using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>
    /// TDK9205: <c>countType</c> is known; the <c>since…</c> count types need <c>countUnit: days</c>,
    /// <c>imageCountMoreThan</c> takes no unit; <c>countNumber</c> is at least 1.
    /// </summary>
    /// <remarks>Source: AWS "Lifecycle policy properties in Amazon ECR", countType, countUnit, countNumber.</remarks>
    [Rule("TDK9205", "LifecycleCount", RuleSeverity.Error, "Lifecycle rule count type, unit or number is invalid")]
    internal sealed class Tdk9205LifecycleCount : EcrRule
    {
        private const string CountTypes = "imageCountMoreThan, sinceImagePushed, sinceImagePulled or sinceImageTransitioned";

        public override string Id => RuleIds.LifecycleCount;

        public override void Check(EcrValidationContext context)
        {
            if (context.Policy is null)
            {
                return;
            }

            for (int i = 0; i < context.Policy.Rules.Count; i++)
            {
                LifecyclePolicyRule rule = context.Policy.Rules[i];
                LifecycleSelection? selection = rule.Selection;
                if (selection is null)
                {
                    continue; // TDK9204 reports the missing selection
                }

                string label = LifecyclePointers.Label(rule, i);
                switch (selection.CountType)
                {
                    case null:
                        context.Report(Id, LifecyclePointers.Rule(i) + "/selection", label + " has no countType: set " + CountTypes + ".");
                        break;
                    case "imageCountMoreThan":
                        if (selection.CountUnit != null)
                        {
                            context.Report(Id, LifecyclePointers.Selection(i, "countUnit"), label + " counts images (imageCountMoreThan) but sets countUnit '" + selection.CountUnit
                                + "'; countUnit is only for the age count types (sinceImagePushed, ...): remove it.");
                        }

                        break;
                    case "sinceImagePushed":
                    case "sinceImagePulled":
                    case "sinceImageTransitioned":
                        if (selection.CountUnit is null)
                        {
                            context.Report(Id, LifecyclePointers.Rule(i) + "/selection", label + " uses countType " + selection.CountType + " without countUnit: add \"countUnit\": \"days\".");
                        }
                        else if (selection.CountUnit != "days")
                        {
                            context.Report(Id, LifecyclePointers.Selection(i, "countUnit"), label + " has countUnit '" + selection.CountUnit + "'; the only unit ECR accepts is days.");
                        }

                        break;
                    default:
                        context.Report(Id, LifecyclePointers.Selection(i, "countType"), label + " has countType '" + selection.CountType + "': use " + CountTypes + ".");
                        break;
                }

                if (selection.CountNumber is null)
                {
                    context.Report(Id, LifecyclePointers.Rule(i) + "/selection", label + " has no countNumber: set a positive integer (images to keep, or days).");
                }
                else if (selection.CountNumber < 1)
                {
                    context.Report(Id, LifecyclePointers.Selection(i, "countNumber"), label + " has countNumber " + selection.CountNumber + "; countNumber must be at least 1.");
                }
            }
        }
    }
}
