using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK7 service rules over a CreateService input and, when known, the task definition it runs. Findings
    /// point into the service input (<c>/launchType</c>, <c>/loadBalancers/0/containerPort</c>, ...).
    /// </summary>
    public static class ServiceValidator
    {
        /// <summary>Validates <paramref name="service"/>; findings come in rule-ID order, then in document order.</summary>
        /// <param name="service">The CreateService input.</param>
        /// <param name="taskDefinition">
        /// The task definition the service runs, or null when it is only known by ARN or family: the cross-checks
        /// against it then stay silent (an unknown value is never an error).
        /// </param>
        /// <param name="options">Ignored rules and severity grading, as for the task-definition validator.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(ServiceDefinition service, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(service, nameof(service));
            var context = new ServiceValidationContext(service, taskDefinition, options);
            foreach (ServiceRule rule in RuleSet.ServiceRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }

    /// <summary>Base class of the rules that judge a service input (TDK7xxx), run by <see cref="ServiceValidator"/>.</summary>
    public abstract class ServiceRule
    {
        /// <summary>The rule ID, a constant of <see cref="RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the service in <paramref name="context"/> and reports findings through it.</summary>
        public abstract void Check(ServiceValidationContext context);
    }

    /// <summary>What every service rule needs: the service, its task definition when known, and <see cref="Report"/>.</summary>
    public sealed class ServiceValidationContext
    {
        private readonly List<RuleDiagnostic> _diagnostics = new List<RuleDiagnostic>();
        private readonly ValidationOptions _options;

        public ServiceValidationContext(ServiceDefinition service, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
        {
            Service = service ?? throw new ArgumentNullException(nameof(service));
            TaskDefinition = taskDefinition;
            _options = options ?? ValidationOptions.Default;
        }

        /// <summary>The options validated with (never null): configured rules read their settings here.</summary>
        internal ValidationOptions Options => _options;

        /// <summary>The CreateService input.</summary>
        public ServiceDefinition Service { get; }

        /// <summary>The task definition the service runs; null when unknown (given only by ARN or family).</summary>
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
    }
}
