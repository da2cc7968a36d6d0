using System.Collections.Generic;

namespace TaskDefKit.Rules
{
    public static partial class RuleCatalog
    {
        /// <summary>Where every rule's page lives; <c>docs/rules/TDKnnnn.md</c> in the repository.</summary>
        public const string HelpUriBase = "https://github.com/taskdefkit/taskdefkit/blob/main/docs/rules/";

        private static Dictionary<string, RuleInfo>? s_byId;

        /// <summary>The documentation page of a rule.</summary>
        public static string HelpUri(string ruleId) => HelpUriBase + ruleId + ".md";

        /// <summary>Finds a rule by ID (<c>TDK1004</c>); null when the ID is not in the catalog.</summary>
        public static RuleInfo? Find(string ruleId)
        {
            Dictionary<string, RuleInfo>? byId = s_byId;
            if (byId is null)
            {
                byId = new Dictionary<string, RuleInfo>(System.StringComparer.OrdinalIgnoreCase);
                foreach (RuleInfo rule in All)
                {
                    byId[rule.Id] = rule;
                }

                s_byId = byId;
            }

            return byId.TryGetValue(ruleId, out RuleInfo? info) ? info : null;
        }

        /// <summary>The rule for an ID that the code itself uses; the catalog test guarantees it exists.</summary>
        public static RuleInfo Get(string ruleId) =>
            Find(ruleId) ?? throw new KeyNotFoundException("Rule " + ruleId + " is not in the catalog.");
    }
}
