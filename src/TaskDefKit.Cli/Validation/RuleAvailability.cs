using System;
using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// Who reports each catalog rule, derived from where it runs: <c>validate</c> reports the reader's rules
    /// (<see cref="RuleSet.ReaderRuleIds"/>, and TDK1029 for unknown and read-only members) and the rule lists its input
    /// kinds run (each <see cref="InputKind"/> and CloudFormation <see cref="ResourceKind"/> says which, next to the call:
    /// <see cref="RuleFamilies"/>); the source generator checks the TDK8xxx rules at build time; a rule only the
    /// library's validators run is "library". TDK9401 (a policy that cannot be read) is reported by the analyzers in
    /// the build: <c>validate</c> stops with a usage error instead, before judging anything.
    /// </summary>
    internal static class RuleAvailability
    {
        private static readonly Lazy<HashSet<string>> s_validated = new Lazy<HashSet<string>>(() =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal) { RuleIds.UnknownMember };
            ids.UnionWith(RuleSet.ReaderRuleIds);
            ids.Remove(RuleIds.PolicyInvalid);
            ids.UnionWith(Ids(JudgedByValidate()));
            return ids;
        });

        private static readonly Lazy<HashSet<string>> s_library = new Lazy<HashSet<string>>(() => Ids(AllFamilies));

        private const RuleFamilies AllFamilies = RuleFamilies.TaskDefinition | RuleFamilies.Placement | RuleFamilies.Service
            | RuleFamilies.ScheduledTask | RuleFamilies.Scaling | RuleFamilies.Ecr;

        /// <summary>True when <c>taskdef validate</c> can report the rule.</summary>
        public static bool CheckedByValidate(string id) => s_validated.Value.Contains(id);

        /// <summary>True when something reports the rule: validate, the source generator, the analyzers or a library validator.</summary>
        public static bool IsImplemented(RuleInfo rule) => CheckedBy(rule) != null;

        /// <summary>
        /// "validate", "generator" (TDK8xxx at build time), "analyzers" (TDK9401, in the build), "library" (only the
        /// library's validators: no input <c>validate</c> reads runs it yet), or null when the rule is not implemented yet.
        /// </summary>
        public static string? CheckedBy(RuleInfo rule) =>
            CheckedByValidate(rule.Id) ? "validate"
            : rule.Group == RuleGroup.Generator ? "generator"
            : rule.Id == RuleIds.PolicyInvalid ? "analyzers"
            : s_library.Value.Contains(rule.Id) ? "library"
            : null;

        /// <summary>Why <c>validate</c> never reports the rule (for <c>--rule</c> messages).</summary>
        public static string WhyNotValidated(RuleInfo rule) => CheckedBy(rule) switch
        {
            "generator" => "checked by the source generator at build time, not by validate",
            "analyzers" => "reported by the analyzers in the build; validate reports a policy it cannot read as a usage error",
            "library" => "checked by the library's validators on inputs validate does not read yet",
            _ => "not implemented yet; the ID is reserved",
        };

        /// <summary>The rule lists that the kinds of input <c>validate</c> reads run.</summary>
        private static RuleFamilies JudgedByValidate()
        {
            RuleFamilies judged = RuleFamilies.None;
            foreach (Type type in typeof(RuleAvailability).Assembly.GetTypes())
            {
                if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
                {
                    continue;
                }

                if (typeof(InputKind).IsAssignableFrom(type))
                {
                    judged |= ((InputKind)Activator.CreateInstance(type)!).Judges;
                }
                else if (typeof(ResourceKind).IsAssignableFrom(type))
                {
                    judged |= ((ResourceKind)Activator.CreateInstance(type)!).Judges;
                }
            }

            return judged;
        }

        /// <summary>Each family's rule list (the order of <see cref="RuleFamilies"/>).</summary>
        private static readonly (RuleFamilies Family, Func<IEnumerable<string>> Ids)[] s_families =
        {
            (RuleFamilies.TaskDefinition, () => RuleSet.TaskDefinitionRules.Select(rule => rule.Id)),
            (RuleFamilies.Placement, () => RuleSet.PlacementRules.Select(rule => rule.Id)),
            (RuleFamilies.Service, () => RuleSet.ServiceRules.Select(rule => rule.Id)),
            (RuleFamilies.ScheduledTask, () => RuleSet.ScheduledTaskRules.Select(rule => rule.Id)),
            (RuleFamilies.Scaling, () => RuleSet.ScalingRules.Select(rule => rule.Id)),
            (RuleFamilies.Ecr, () => RuleSet.EcrRules.Select(rule => rule.Id)),
        };

        private static HashSet<string> Ids(RuleFamilies families)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach ((RuleFamilies family, Func<IEnumerable<string>> familyIds) in s_families)
            {
                if ((families & family) != 0)
                {
                    ids.UnionWith(familyIds());
                }
            }

            return ids;
        }
    }
}
