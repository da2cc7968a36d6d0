using System;
using System.Collections.Generic;
using System.Reflection;
using TaskDefKit.Validation;

namespace TaskDefKit.Analyzers.Builder
{
    /// <summary>
    /// What each catalog rule reads, as its class declares with <see cref="BuilderInputsAttribute"/>, so that a finding on
    /// a partly known chain is reported only when nothing it depends on is unknown. A rule without the attribute is
    /// reported only for a definition that is entirely known and whole.
    /// </summary>
    internal static class RuleInputs
    {
        private static readonly Dictionary<string, Input> s_inputs = Load();

        public static Input Find(string ruleId) => s_inputs.TryGetValue(ruleId, out Input? input) ? input : Input.Everything;

        private static Dictionary<string, Input> Load()
        {
            var inputs = new Dictionary<string, Input>(StringComparer.Ordinal);
            foreach (TaskDefinitionRule rule in RuleSet.TaskDefinitionRules)
            {
                Add(inputs, rule.Id, rule.GetType());
            }

            foreach (IPlacementRule rule in RuleSet.PlacementRules)
            {
                Add(inputs, rule.Id, rule.GetType());
            }

            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                Add(inputs, rule.Id, rule.GetType()); // pointers into the service, RunTask or cluster input
            }

            return inputs;
        }

        private static void Add(Dictionary<string, Input> inputs, string id, Type type)
        {
            if (type.GetCustomAttribute<BuilderInputsAttribute>(inherit: false) is { } declared)
            {
                inputs[id] = new Input(declared.WholeDefinition, declared.ReportAt, declared.Reads);
            }
        }

        internal sealed class Input
        {
            public static readonly Input Everything = new Input(true, null);

            public Input(bool needsCompleteChain, string? reportAt, params string[] reads)
            {
                NeedsCompleteChain = needsCompleteChain;
                ReportAt = reportAt;
                Reads = reads.Length == 0 ? null : reads;
            }

            /// <summary>Calls after the chain could remove the finding: report it only for a whole definition.</summary>
            public bool NeedsCompleteChain { get; }

            /// <summary>A pointer to report at instead of the finding's own (which may have no call of its own).</summary>
            public string? ReportAt { get; }

            /// <summary>The pointers the rule reads; null for everything.</summary>
            public string[]? Reads { get; }
        }
    }
}
