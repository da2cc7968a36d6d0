using System;
using System.Collections.Generic;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// The rules and severities in force for one file: the configuration file's settings with the command line's on
    /// top. Applied after validation to every finding, reading findings included (the validator re-grades only its own).
    /// </summary>
    internal sealed class RuleFilter
    {
        public RuleFilter(ValidationOptions options, ISet<string>? onlyRules, RuleSeverity threshold)
        {
            Options = options;
            OnlyRules = onlyRules;
            Threshold = threshold;
        }

        public ValidationOptions Options { get; }

        /// <summary>When set, only these rules are reported (<c>--rule</c>).</summary>
        public ISet<string>? OnlyRules { get; }

        /// <summary>Findings below this severity are not shown (<c>--severity</c>).</summary>
        public RuleSeverity Threshold { get; }

        /// <summary>The finding as it should be reported, or null when it is suppressed.</summary>
        public RuleDiagnostic? Apply(RuleDiagnostic diagnostic)
        {
            if (Options.IgnoredRules?.Contains(diagnostic.RuleId) == true || (OnlyRules != null && !OnlyRules.Contains(diagnostic.RuleId)))
            {
                return null;
            }

            diagnostic = diagnostic.WithSeverity(Options.Grade(diagnostic.RuleId, diagnostic.Severity));

            return diagnostic.Severity >= Threshold ? diagnostic : null;
        }

        /// <summary>Parses a severity name; "none" yields null (the rule is switched off).</summary>
        public static bool TryParseSeverity(string text, out RuleSeverity? severity)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "error":
                    severity = RuleSeverity.Error;
                    return true;
                case "warning":
                case "warn":
                    severity = RuleSeverity.Warning;
                    return true;
                case "info":
                case "note":
                    severity = RuleSeverity.Info;
                    return true;
                case "none":
                case "off":
                    severity = null;
                    return true;
                default:
                    severity = null;
                    return false;
            }
        }

        /// <summary>Expands "TDK1001,TDK1002" lists and checks every ID against the catalog.</summary>
        public static HashSet<string> ParseRuleIds(IEnumerable<string> values, string source)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string value in values)
            {
                foreach (string part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    RuleInfo rule = RuleCatalog.Find(part) ?? throw new UsageException(source + ": unknown rule '" + part + "' (run 'taskdef rules' for the list)");
                    ids.Add(rule.Id);
                }
            }

            return ids;
        }
    }
}
