using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using Events = TaskDefKit.Model.Events;
using Scheduler = TaskDefKit.Model.Scheduler;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK90xx rules over ECS tasks started on a schedule: an EventBridge rule (PutRule: its schedule
    /// expression), its targets (PutTargets: each target with <c>EcsParameters</c>), or an EventBridge Scheduler
    /// schedule (CreateSchedule). Findings point into the input given (<c>/ScheduleExpression</c>,
    /// <c>/Targets/0/EcsParameters/NetworkConfiguration</c>, <c>/Target/RoleArn</c>).
    /// </summary>
    public static class ScheduledTaskValidator
    {
        /// <summary>Validates a PutRule input: its schedule expression (an event pattern rule has none to judge).</summary>
        public static IReadOnlyList<RuleDiagnostic> Validate(Events.EventRule rule, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(rule, nameof(rule));
            return Run(new ScheduledTaskValidationContext(rule.ScheduleExpression, allowsAt: false, Array.Empty<EcsTargetView>(), null, options));
        }

        /// <summary>Validates the ECS targets of a PutTargets input against the task definition they run.</summary>
        /// <param name="targets">The PutTargets input.</param>
        /// <param name="taskDefinition">The task definition the targets run, or null when unknown (cross-checks stay silent).</param>
        /// <param name="options">Ignored rules and severity grading.</param>
        public static IReadOnlyList<RuleDiagnostic> Validate(Events.EventTargets targets, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(targets, nameof(targets));
            return Run(new ScheduledTaskValidationContext(null, allowsAt: false, EcsTargetView.Of(targets), taskDefinition, options));
        }

        /// <summary>Validates a CreateSchedule input: its expression and, when it starts an ECS task, its target.</summary>
        public static IReadOnlyList<RuleDiagnostic> Validate(Scheduler.Schedule schedule, TaskDefinition? taskDefinition = null, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(schedule, nameof(schedule));
            EcsTargetView? target = EcsTargetView.Of(schedule);
            return Run(new ScheduledTaskValidationContext(schedule.ScheduleExpression, allowsAt: true, target is null ? Array.Empty<EcsTargetView>() : new[] { target }, taskDefinition, options));
        }

        private static IReadOnlyList<RuleDiagnostic> Run(ScheduledTaskValidationContext context)
        {
            foreach (ScheduledTaskRule rule in RuleSet.ScheduledTaskRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }

    /// <summary>Base class of the rules that judge scheduled ECS tasks (TDK90xx), run by <see cref="ScheduledTaskValidator"/>.</summary>
    public abstract class ScheduledTaskRule
    {
        /// <summary>The rule ID, a constant of <see cref="RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the schedule and targets in <paramref name="context"/> and reports findings through it.</summary>
        public abstract void Check(ScheduledTaskValidationContext context);
    }

    /// <summary>What every scheduled-task rule needs: the expression, the ECS targets, the task definition when known.</summary>
    public sealed class ScheduledTaskValidationContext : RuleReporter
    {
        public ScheduledTaskValidationContext(string? scheduleExpression, bool allowsAt, IReadOnlyList<EcsTargetView> targets, TaskDefinition? taskDefinition, ValidationOptions? options)
            : base(options)
        {
            ScheduleExpression = scheduleExpression;
            AllowsAt = allowsAt;
            Targets = targets ?? throw new ArgumentNullException(nameof(targets));
            TaskDefinition = taskDefinition;
        }

        /// <summary>The schedule expression (<c>/ScheduleExpression</c>), or null when the input has none.</summary>
        public string? ScheduleExpression { get; }

        /// <summary>True for EventBridge Scheduler, which takes one-time <c>at()</c> schedules; EventBridge rules do not.</summary>
        public bool AllowsAt { get; }

        /// <summary>The ECS task targets, in input order.</summary>
        public IReadOnlyList<EcsTargetView> Targets { get; }

        /// <summary>The task definition the targets run; null when unknown (given only by ARN).</summary>
        public TaskDefinition? TaskDefinition { get; }
    }
}
