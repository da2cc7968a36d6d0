using System;
using System.Collections.Generic;
using TaskDefKit.Ecr;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK92xx ECR rules over a repository's settings, its lifecycle policy and the task definitions of the
    /// same run. Lifecycle findings point into the policy text (<c>/rules/0/selection/countUnit</c>); repository
    /// findings into the CreateRepository input (<c>/imageTagMutability</c>).
    /// </summary>
    public static class EcrValidator
    {
        /// <summary>Validates what is given; findings come in rule-ID order, then in document order.</summary>
        /// <param name="policy">The lifecycle policy, or null.</param>
        /// <param name="repository">The repository the policy belongs to, or null.</param>
        /// <param name="taskDefinitions">Task definitions of the same run, for the image-tag cross-check (TDK9208).</param>
        /// <param name="options">Ignored rules, severities and profile, as for the task-definition validator.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(LifecyclePolicy? policy, EcrRepository? repository = null,
            IReadOnlyList<TaskDefinition>? taskDefinitions = null, ValidationOptions? options = null)
        {
            var context = new EcrValidationContext(policy, repository, taskDefinitions, options);
            foreach (EcrRule rule in RuleSet.EcrRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }

        /// <summary>Whether <paramref name="ruleId"/> judges the repository's settings (its pointers are CreateRepository's) rather than the policy text.</summary>
        public static bool IsRepositoryRule(string ruleId) =>
            ruleId == RuleIds.RepositoryScanOnPush || ruleId == RuleIds.RepositoryTagImmutability || ruleId == RuleIds.RepositoryLifecyclePolicy;
    }

    /// <summary>Base class of the ECR repository and lifecycle policy rules (TDK92xx), run by <see cref="EcrValidator"/>.</summary>
    public abstract class EcrRule
    {
        /// <summary>The rule ID, a constant of <see cref="RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the repository and policy in <paramref name="context"/> and reports findings through it.</summary>
        public abstract void Check(EcrValidationContext context);
    }

    /// <summary>What every ECR rule needs: the policy, the repository, the run's task definitions and <see cref="Report"/>.</summary>
    public sealed class EcrValidationContext
    {
        private static readonly IReadOnlyList<TaskDefinition> NoDefinitions = Array.Empty<TaskDefinition>();
        private readonly List<RuleDiagnostic> _diagnostics = new List<RuleDiagnostic>();
        private readonly ValidationOptions _options;

        public EcrValidationContext(LifecyclePolicy? policy, EcrRepository? repository, IReadOnlyList<TaskDefinition>? taskDefinitions, ValidationOptions? options)
        {
            Policy = policy;
            Repository = repository;
            TaskDefinitions = taskDefinitions ?? NoDefinitions;
            _options = options ?? ValidationOptions.Default;
        }

        /// <summary>The lifecycle policy; null when none is judged.</summary>
        public LifecyclePolicy? Policy { get; }

        /// <summary>The repository; null when only a policy is judged.</summary>
        public EcrRepository? Repository { get; }

        /// <summary>The task definitions of the same run.</summary>
        public IReadOnlyList<TaskDefinition> TaskDefinitions { get; }

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
