using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>
    /// TDK9207: <c>storageClass</c> is <c>standard</c> or <c>archive</c>; <c>sinceImageTransitioned</c> selects archived
    /// images (<c>storageClass: archive</c>) and only it does; archived images are not transitioned again, and are
    /// expired no sooner than their 90-day minimum storage duration.
    /// </summary>
    /// <remarks>Source: AWS "Lifecycle policy properties in Amazon ECR", storageClass; "Archiving an image" (90-day minimum).</remarks>
    [Rule("TDK9207", "LifecycleStorageClass", RuleSeverity.Error, "Lifecycle rule storage class does not fit its count type or action")]
    internal sealed class Tdk9207LifecycleStorageClass : EcrRule
    {
        // "Archived images have a minimum storage duration of 90 days. You cannot configure lifecycle policies that delete
        // images that have been in archive for less than 90 days."
        private const int ArchiveMinimumDays = 90;

        public override string Id => RuleIds.LifecycleStorageClass;

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
                    continue;
                }

                string label = LifecyclePointers.Label(rule, i);
                string storage = selection.StorageClass ?? "standard";
                bool transitioned = selection.CountType == "sinceImageTransitioned";
                if (storage != "standard" && storage != "archive")
                {
                    context.Report(Id, LifecyclePointers.Selection(i, "storageClass"), label + " has storageClass '" + storage + "': use standard or archive.");
                }
                else if (transitioned && storage != "archive")
                {
                    context.Report(Id, LifecyclePointers.Selection(i, selection.StorageClass is null ? "countType" : "storageClass"), label
                        + " uses countType sinceImageTransitioned, which selects archived images: set \"storageClass\": \"archive\".");
                }
                else if (!transitioned && storage == "archive" && selection.CountType != null)
                {
                    context.Report(Id, LifecyclePointers.Selection(i, "storageClass"), label + " selects storageClass archive with countType " + selection.CountType
                        + "; archived images are selected by sinceImageTransitioned only (the other count types take standard).");
                }
                else if (storage == "archive" && rule.Action?.Type == "transition")
                {
                    context.Report(Id, LifecyclePointers.Action(i, "type"), label + " transitions images that are already archived; use type expire for storageClass archive.");
                }
                else if (transitioned && rule.Action?.Type == "expire" && selection.CountNumber is long days && days >= 1 && days < ArchiveMinimumDays && selection.CountUnit == "days")
                {
                    context.Report(Id, LifecyclePointers.Selection(i, "countNumber"), label + " expires archived images after " + days
                        + " days; archived images have a 90-day minimum storage duration and ECR refuses lifecycle rules that delete them sooner: use at least 90.");
                }
            }
        }
    }
}
