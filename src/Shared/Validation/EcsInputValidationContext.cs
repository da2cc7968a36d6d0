using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// What every TDK7 rule needs whatever the input (service, RunTask, cluster): the task definition when known and
    /// <see cref="Report"/>, which honours the options.
    /// </summary>
    public abstract class EcsInputValidationContext
    {
        private readonly List<RuleDiagnostic> _diagnostics = new List<RuleDiagnostic>();
        private readonly ValidationOptions _options;

        protected EcsInputValidationContext(TaskDefinition? taskDefinition, ValidationOptions? options)
        {
            TaskDefinition = taskDefinition;
            _options = options ?? ValidationOptions.Default;
        }

        /// <summary>The task definition the input runs; null when unknown (given only by ARN or family) or for a cluster.</summary>
        public TaskDefinition? TaskDefinition { get; }

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

        /// <summary>Adds findings another validator already graded (the placement rules').</summary>
        internal void AddRange(IReadOnlyList<RuleDiagnostic> findings) => _diagnostics.AddRange(findings);
    }
}
