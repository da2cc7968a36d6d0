using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>Where a placement will be used: the launch type, the scheduling strategy and, optionally, the task definition.</summary>
    public sealed class PlacementTarget
    {
        /// <summary>
        /// The launch type of the service or RunTask call. Use <see cref="Compatibility.Fargate"/> also for a
        /// capacity-provider strategy on <c>FARGATE</c>/<c>FARGATE_SPOT</c>.
        /// </summary>
        public Compatibility? LaunchType { get; set; }

        /// <summary>The service's scheduling strategy; <c>REPLICA</c> when not set (and for RunTask).</summary>
        public SchedulingStrategy? SchedulingStrategy { get; set; }

        /// <summary>The task definition the service or task runs, when known: its constraints count towards the limit of 10.</summary>
        public TaskDefinition? TaskDefinition { get; set; }
    }

    /// <summary>What every placement rule needs: the placement, its target, and <see cref="Report"/>.</summary>
    public sealed class PlacementValidationContext
    {
        private static readonly PlacementStrategy[] NoStrategies = new PlacementStrategy[0];
        private static readonly PlacementConstraint[] NoConstraints = new PlacementConstraint[0];
        private readonly List<RuleDiagnostic> _diagnostics = new List<RuleDiagnostic>();
        private readonly ValidationOptions _options;

        public PlacementValidationContext(PlacementDocument placement, PlacementTarget? target = null, ValidationOptions? options = null)
        {
            Placement = placement ?? throw new ArgumentNullException(nameof(placement));
            Target = target ?? new PlacementTarget();
            _options = options ?? ValidationOptions.Default;
            Strategies = placement.PlacementStrategy ?? (IReadOnlyList<PlacementStrategy>)NoStrategies;
            Constraints = placement.PlacementConstraints ?? (IReadOnlyList<PlacementConstraint>)NoConstraints;
            TaskDefinition = Target.TaskDefinition;

            bool taskDefinitionFargateOnly = false;
            if (TaskDefinition?.RequiresCompatibilities is { Count: > 0 } compatibilities)
            {
                taskDefinitionFargateOnly = true;
                foreach (Compatibility compatibility in compatibilities)
                {
                    taskDefinitionFargateOnly &= compatibility == Compatibility.Fargate;
                }
            }

            IsFargate = Target.LaunchType == Compatibility.Fargate || _options.TargetLaunchType == Compatibility.Fargate || taskDefinitionFargateOnly;
            IsDaemon = Target.SchedulingStrategy == SchedulingStrategy.Daemon;
        }

        public PlacementDocument Placement { get; }

        public PlacementTarget Target { get; }

        /// <summary>The strategies (never null).</summary>
        public IReadOnlyList<PlacementStrategy> Strategies { get; }

        /// <summary>The service or RunTask constraints (never null).</summary>
        public IReadOnlyList<PlacementConstraint> Constraints { get; }

        public TaskDefinition? TaskDefinition { get; }

        /// <summary>The launch type is FARGATE (target, options, or a task definition that only lists FARGATE).</summary>
        public bool IsFargate { get; }

        /// <summary>The service uses the DAEMON scheduling strategy.</summary>
        public bool IsDaemon { get; }

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

            RuleSeverity effective = severity ?? RuleCatalog.Get(ruleId).DefaultSeverity;
            if (_options.SeverityOverrides != null && _options.SeverityOverrides.TryGetValue(ruleId, out RuleSeverity overridden))
            {
                effective = overridden;
            }

            _diagnostics.Add(new RuleDiagnostic(ruleId, effective, message, pointer));
        }
    }

    /// <summary>A catalog rule over a placement document (TDK5xxx). Rules that also judge task definitions derive from <see cref="TaskDefinitionRule"/> as well.</summary>
    public interface IPlacementRule
    {
        string Id { get; }

        void Check(PlacementValidationContext context);
    }

    /// <summary>Base class of the rules that only judge service/RunTask placement.</summary>
    public abstract class PlacementRule : IPlacementRule
    {
        public abstract string Id { get; }

        public abstract void Check(PlacementValidationContext context);
    }

    /// <summary>Runs the TDK5 rules over the placement of a CreateService, UpdateService or RunTask call.</summary>
    public static class PlacementValidator
    {
        /// <summary>Validates <paramref name="placement"/>; findings come in rule-ID order, then in document order.</summary>
        /// <remarks>A null strategy or constraint is a TDK1010 finding; the rules judge the others.</remarks>
        public static IReadOnlyList<RuleDiagnostic> Validate(PlacementDocument placement, PlacementTarget? target = null, ValidationOptions? options = null)
        {
            if (placement is null)
            {
                throw new ArgumentNullException(nameof(placement));
            }

            return NullEntries.ValidateAround(placement, PlacementDocument.Schema, model => Run(model, target, options), pointer =>
            {
                var context = new PlacementValidationContext(placement, target, options);
                context.Report(RuleIds.JsonType, pointer, NullEntries.Message(pointer));
                return context.Diagnostics.Count > 0 ? context.Diagnostics[0] : null;
            });
        }

        private static IReadOnlyList<RuleDiagnostic> Run(PlacementDocument placement, PlacementTarget? target, ValidationOptions? options)
        {
            var context = new PlacementValidationContext(placement, target, options);
            foreach (IPlacementRule rule in RuleSet.PlacementRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }
}
