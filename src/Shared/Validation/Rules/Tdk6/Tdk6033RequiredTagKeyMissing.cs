using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6033: a tag key the organisation requires (<see cref="ValidationOptions.RequiredTagKeys"/>) is missing from the
    /// task definition's <c>tags</c>; one finding per missing key. Silent when no keys are configured.
    /// </summary>
    /// <remarks>Source: Security Hub ECS.15 ("checks whether an Amazon ECS task definition has tags with the specific keys
    /// defined in the parameter requiredTagKeys"; "Tag keys are case sensitive"). Without configured keys ECS.15 fails any
    /// untagged definition; TaskDefKit stays silent instead, since an untagged definition is normal outside such an
    /// organisation (docs/judgement.md).</remarks>
    [Rule("TDK6033", "RequiredTagKeyMissing", RuleSeverity.Info, "Required tag key missing", Controls = new[] { "ECS.15" })]
    internal sealed class Tdk6033RequiredTagKeyMissing : TaskDefinitionRule
    {
        public override string Id => RuleIds.RequiredTagKeyMissing;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            IList<string>? required = policy?.RequiredTagKeys;
            if (required is null || required.Count == 0)
            {
                return;
            }

            var present = new HashSet<string>(StringComparer.Ordinal);
            if (context.Definition.Tags != null)
            {
                foreach (Tag tag in context.Definition.Tags)
                {
                    if (tag?.Key != null)
                    {
                        present.Add(tag.Key);
                    }
                }
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (string key in required)
            {
                if (string.IsNullOrEmpty(key) || present.Contains(key) || !reported.Add(key))
                {
                    continue;
                }

                context.Report(Id, "/tags",
                    MemberName.Mark("tags") + " has no key '" + key + "', which the configured required tag keys ask for (" + policy!.Where("requiredTagKeys") + "): add { \"" + MemberName.Mark("key") + "\": \"" + key + "\", \"" + MemberName.Mark("value") + "\": \"...\" } to \"" + MemberName.Mark("tags") + "\" (keys are case-sensitive).");
            }
        }
    }
}
