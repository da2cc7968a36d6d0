using System.Collections.Generic;
using TaskDefKit.Ecr;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9.Ecr
{
    /// <summary>
    /// TDK9204: <c>tagStatus</c> is <c>tagged</c>, <c>untagged</c> or <c>any</c>; <c>tagged</c> takes exactly one of
    /// <c>tagPrefixList</c> and <c>tagPatternList</c>, the others neither; patterns have at most four <c>*</c>.
    /// </summary>
    /// <remarks>Source: AWS "Lifecycle policy properties in Amazon ECR", tagStatus, tagPatternList, tagPrefixList.</remarks>
    [Rule("TDK9204", "LifecycleTagSelection", RuleSeverity.Error, "Lifecycle rule tag selection is invalid")]
    internal sealed class Tdk9204LifecycleTagSelection : EcrRule
    {
        private const int MaxWildcards = 4;

        public override string Id => RuleIds.LifecycleTagSelection;

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
                    context.Report(Id, LifecyclePointers.Rule(i), LifecyclePointers.Label(rule, i) + " has no selection: add selection with tagStatus, countType and countNumber.");
                    continue;
                }

                string label = LifecyclePointers.Label(rule, i);
                bool prefixes = selection.TagPrefixList != null, patterns = selection.TagPatternList != null;
                switch (selection.TagStatus)
                {
                    case null:
                        context.Report(Id, LifecyclePointers.Rule(i) + "/selection", label + " has no tagStatus: set tagStatus to tagged, untagged or any.");
                        break;
                    case "tagged":
                        if (prefixes && patterns)
                        {
                            context.Report(Id, LifecyclePointers.Selection(i, "tagPrefixList"), label + " sets both tagPrefixList and tagPatternList; a tagged rule takes one of them (tagPatternList can express a prefix as 'prod*').");
                        }
                        else if (!prefixes && !patterns)
                        {
                            context.Report(Id, LifecyclePointers.Selection(i, "tagStatus"), label + " selects tagStatus tagged without tagPrefixList or tagPatternList: add one (e.g. \"tagPatternList\": [\"prod*\"]), or use tagStatus any.");
                        }

                        CheckList(context, i, label, "tagPrefixList", selection.TagPrefixList, isPattern: false);
                        CheckList(context, i, label, "tagPatternList", selection.TagPatternList, isPattern: true);
                        break;
                    case "untagged":
                    case "any":
                        if (prefixes || patterns)
                        {
                            string member = prefixes ? "tagPrefixList" : "tagPatternList";
                            context.Report(Id, LifecyclePointers.Selection(i, member), label + " selects tagStatus " + selection.TagStatus + " with " + member
                                + "; tag lists are only allowed with tagStatus tagged: remove " + member + " or select tagged.");
                        }

                        break;
                    default:
                        context.Report(Id, LifecyclePointers.Selection(i, "tagStatus"), label + " has tagStatus '" + selection.TagStatus + "': use tagged, untagged or any.");
                        break;
                }
            }
        }

        private void CheckList(EcrValidationContext context, int index, string label, string member, IList<string>? list, bool isPattern)
        {
            if (list is null)
            {
                return;
            }

            if (list.Count == 0)
            {
                context.Report(Id, LifecyclePointers.Selection(index, member), label + " has an empty " + member + ": list at least one tag " + (isPattern ? "pattern" : "prefix") + ".");
                return;
            }

            for (int j = 0; j < list.Count; j++)
            {
                string value = list[j];
                string pointer = LifecyclePointers.Selection(index, member) + "/" + j;
                int wildcards = 0;
                foreach (char c in value)
                {
                    if (c == '*')
                    {
                        wildcards++;
                    }
                }

                if (value.Length == 0)
                {
                    context.Report(Id, pointer, label + ": " + member + " entry " + j + " is empty; remove it.");
                }
                else if (isPattern && wildcards > MaxWildcards)
                {
                    context.Report(Id, pointer, label + ": tag pattern '" + value + "' has " + wildcards + " wildcards; ECR allows at most " + MaxWildcards + " '*' per pattern.");
                }
                else if (!isPattern && wildcards > 0)
                {
                    context.Report(Id, pointer, label + ": tag prefix '" + value + "' contains '*', which tagPrefixList takes literally; use tagPatternList for wildcards.");
                }
            }
        }
    }
}
