using System.Collections.Generic;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Collects findings for the validators of inputs other than a task definition (scheduled tasks, auto scaling):
    /// the rule's catalog severity (or the one given), ignored rules and grading from the options.
    /// </summary>
    public abstract class RuleReporter
    {
        private readonly List<RuleDiagnostic> _diagnostics = new List<RuleDiagnostic>();
        private readonly ValidationOptions _options;

        protected RuleReporter(ValidationOptions? options)
        {
            _options = options ?? ValidationOptions.Default;
        }

        public IReadOnlyList<RuleDiagnostic> Diagnostics => _diagnostics;

        /// <summary>Reports a finding at the rule's catalog severity (or the one given), honouring the options.</summary>
        public void Report(string ruleId, string pointer, string message, RuleSeverity? severity = null)
        {
            Guard.ThrowIfNull(ruleId, nameof(ruleId));
            Guard.ThrowIfNull(pointer, nameof(pointer));
            Guard.ThrowIfNull(message, nameof(message));
            if (_options.IgnoredRules != null && _options.IgnoredRules.Contains(ruleId))
            {
                return;
            }

            RuleSeverity effective = _options.Grade(ruleId, severity ?? RuleCatalog.Get(ruleId).DefaultSeverity);
            _diagnostics.Add(new RuleDiagnostic(ruleId, effective, message, pointer));
        }
    }
}
