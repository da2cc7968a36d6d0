using System.Collections.Generic;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// The validator's rules. Each group adds its rules in its own file (<c>RuleSet.Tdk1.cs</c> …), so the groups can
    /// grow independently; rules run in ID order.
    /// </summary>
    public static partial class RuleSet
    {
        private static TaskDefinitionRule[]? s_taskDefinitionRules;
        private static Dictionary<string, string>? s_deferred;

        /// <summary>The rules that check a task definition model, in ID order.</summary>
        public static IReadOnlyList<TaskDefinitionRule> TaskDefinitionRules
        {
            get
            {
                if (s_taskDefinitionRules is null)
                {
                    var rules = new List<TaskDefinitionRule>();
                    AddGroup1(rules);
                    AddGroup2(rules);
                    AddGroup3(rules);
                    AddGroup4(rules);
                    AddGroup5(rules);
                    AddGroup6(rules);
                    rules.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
                    s_taskDefinitionRules = rules.ToArray();
                }

                return s_taskDefinitionRules;
            }
        }

        /// <summary>Rules decided while reading JSON, not on the model: the reader reports them.</summary>
        public static IReadOnlyList<string> ReaderRuleIds { get; } = new[]
        {
            RuleIds.MalformedJson,
            RuleIds.UnrecognisedDocument,
            RuleIds.JsonType,
        };

        /// <summary>Catalog rules not implemented yet, with the reason.</summary>
        public static IReadOnlyDictionary<string, string> Deferred
        {
            get
            {
                if (s_deferred is null)
                {
                    var deferred = new Dictionary<string, string>();
                    AddDeferred1(deferred);
                    AddDeferred2(deferred);
                    AddDeferred3(deferred);
                    AddDeferred4(deferred);
                    AddDeferred5(deferred);
                    AddDeferred6(deferred);
                    s_deferred = deferred;
                }

                return s_deferred;
            }
        }

        static partial void AddGroup1(List<TaskDefinitionRule> rules);

        static partial void AddGroup2(List<TaskDefinitionRule> rules);

        static partial void AddGroup3(List<TaskDefinitionRule> rules);

        static partial void AddGroup4(List<TaskDefinitionRule> rules);

        static partial void AddGroup5(List<TaskDefinitionRule> rules);

        static partial void AddGroup6(List<TaskDefinitionRule> rules);

        static partial void AddDeferred1(Dictionary<string, string> deferred);

        static partial void AddDeferred2(Dictionary<string, string> deferred);

        static partial void AddDeferred3(Dictionary<string, string> deferred);

        static partial void AddDeferred4(Dictionary<string, string> deferred);

        static partial void AddDeferred5(Dictionary<string, string> deferred);

        static partial void AddDeferred6(Dictionary<string, string> deferred);
    }
}
