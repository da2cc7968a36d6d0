using System;
using System.Collections.Generic;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// Which catalog rules have an implementation: <c>validate</c> checks the model rules
    /// (<see cref="RuleSet.TaskDefinitionRules"/>), the reader's rules (<see cref="RuleSet.ReaderRuleIds"/>, and TDK1029
    /// for unknown and read-only members) and the placement rules (<see cref="RuleSet.PlacementRules"/>); the source
    /// generator checks the TDK8xxx rules at build time; the TDK7xxx service, RunTask and cluster rules
    /// (<see cref="RuleSet.ServiceRules"/>) are validate's too, since it reads those inputs. "service" remains for a
    /// rule only the library's validators can reach. Every other catalog rule is reserved: nothing reports it yet.
    /// </summary>
    internal static class RuleAvailability
    {
        private static readonly Lazy<HashSet<string>> s_validated = new Lazy<HashSet<string>>(() =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal) { RuleIds.UnknownMember };
            foreach (TaskDefinitionRule rule in RuleSet.TaskDefinitionRules)
            {
                ids.Add(rule.Id);
            }

            ids.UnionWith(RuleSet.ReaderRuleIds);
            foreach (IPlacementRule rule in RuleSet.PlacementRules)
            {
                ids.Add(rule.Id);
            }

            // validate reads service, RunTask and cluster inputs, describe output and CloudFormation services (issue 11).
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                ids.Add(rule.Id);
            }

            return ids;
        });

        private static readonly Lazy<HashSet<string>> s_service = new Lazy<HashSet<string>>(() =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                ids.Add(rule.Id);
            }

            return ids;
        });

        /// <summary>The TDK90xx/TDK91xx/TDK92xx rules of the library's ScheduledTaskValidator, ScalingValidator and EcrValidator.</summary>
        private static readonly Lazy<HashSet<string>> s_deployment = new Lazy<HashSet<string>>(() =>
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (ScheduledTaskRule rule in RuleSet.ScheduledTaskRules)
            {
                ids.Add(rule.Id);
            }

            foreach (ScalingRule rule in RuleSet.ScalingRules)
            {
                ids.Add(rule.Id);
            }

            foreach (EcrRule rule in RuleSet.EcrRules)
            {
                ids.Add(rule.Id);
            }

            return ids;
        });

        /// <summary>True when <c>taskdef validate</c> can report the rule.</summary>
        public static bool CheckedByValidate(string id) => s_validated.Value.Contains(id);

        /// <summary>True when something reports the rule: validate, the source generator for TDK8xxx, or ServiceValidator.</summary>
        public static bool IsImplemented(RuleInfo rule) => CheckedBy(rule) != null;

        /// <summary>"validate", "generator", "service" (the library's ServiceValidator), "deployment" (ScheduledTaskValidator, ScalingValidator, EcrValidator), or null when the rule is not implemented yet.</summary>
        public static string? CheckedBy(RuleInfo rule) =>
            CheckedByValidate(rule.Id) ? "validate"
            : rule.Group == RuleGroup.Generator ? "generator"
            : s_service.Value.Contains(rule.Id) ? "service"
            : s_deployment.Value.Contains(rule.Id) ? "deployment"
            : null;

        /// <summary>Why <c>validate</c> never reports the rule (for <c>--rule</c> messages).</summary>
        public static string WhyNotValidated(RuleInfo rule)
        {
            if (rule.Group == RuleGroup.Generator)
            {
                return "checked by the source generator at build time, not by validate";
            }

            if (s_service.Value.Contains(rule.Id))
            {
                return "checked by the library's ServiceValidator, RunTaskValidator and ClusterValidator on service, RunTask and cluster inputs, not yet by validate";
            }

            if (s_deployment.Value.Contains(rule.Id))
            {
                return "checked by the library's ScheduledTaskValidator/ScalingValidator on EventBridge, Scheduler and Application Auto Scaling inputs, not yet by validate";
            }

            return "not implemented yet; the ID is reserved";
        }
    }
}
