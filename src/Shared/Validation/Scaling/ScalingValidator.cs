using System;
using System.Collections.Generic;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation
{
    /// <summary>
    /// Runs the TDK91xx rules over Application Auto Scaling inputs for ECS services: RegisterScalableTarget,
    /// PutScalingPolicy and PutScheduledAction; <see cref="SurroundingsOf"/> tells ServiceValidator which services they scale.
    /// Findings point into the input given (<c>/MinCapacity</c>, <c>/StepScalingPolicyConfiguration/StepAdjustments/1</c>).
    /// Inputs for other services' resources (a DynamoDB table) are left alone.
    /// </summary>
    public static class ScalingValidator
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(ScalableTarget target, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(target, nameof(target));
            return Run(new ScalingValidationContext(options) { Target = target });
        }

        public static IReadOnlyList<RuleDiagnostic> Validate(ScalingPolicy policy, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(policy, nameof(policy));
            return Run(new ScalingValidationContext(options) { Policy = policy });
        }

        public static IReadOnlyList<RuleDiagnostic> Validate(ScheduledAction action, ValidationOptions? options = null)
        {
            Guard.ThrowIfNull(action, nameof(action));
            return Run(new ScalingValidationContext(options) { Action = action });
        }

        /// <summary>
        /// What the scalable targets of the same deployment tell about a service, for <see cref="ServiceValidator"/>:
        /// a target whose resource id is <c>service/&lt;cluster&gt;/&lt;serviceName&gt;</c> scales it (TDK7025 then warns
        /// about a set <c>desiredCount</c>).
        /// </summary>
        public static ServiceSurroundings SurroundingsOf(ServiceDefinition service, IEnumerable<ScalableTarget> targets)
        {
            Guard.ThrowIfNull(service, nameof(service));
            Guard.ThrowIfNull(targets, nameof(targets));
            var surroundings = new ServiceSurroundings();
            foreach (ScalableTarget target in targets)
            {
                if (target != null && ScalingResource.Scales(target.ResourceId, service))
                {
                    surroundings.HasScalableTarget = true;
                }
            }

            return surroundings;
        }

        private static IReadOnlyList<RuleDiagnostic> Run(ScalingValidationContext context)
        {
            foreach (ScalingRule rule in RuleSet.ScalingRules)
            {
                rule.Check(context);
            }

            return context.Diagnostics;
        }
    }

    /// <summary>Base class of the rules that judge service auto scaling (TDK91xx), run by <see cref="ScalingValidator"/>.</summary>
    public abstract class ScalingRule
    {
        /// <summary>The rule ID, a constant of <see cref="RuleIds"/>.</summary>
        public abstract string Id { get; }

        /// <summary>Inspects the input in <paramref name="context"/> and reports findings through it.</summary>
        public abstract void Check(ScalingValidationContext context);
    }

    /// <summary>The one input being judged (exactly one of Target, Policy, Action is set).</summary>
    public sealed class ScalingValidationContext : RuleReporter
    {
        public ScalingValidationContext(ValidationOptions? options)
            : base(options)
        {
        }

        public ScalableTarget? Target { get; internal set; }

        public ScalingPolicy? Policy { get; internal set; }

        public ScheduledAction? Action { get; internal set; }


        /// <summary>The namespace, resource id and dimension of the input (all three inputs carry them), or null for a service.</summary>
        public (ServiceNamespace? Namespace, string? ResourceId, ScalableDimension? Dimension)? Resource =>
            Target != null ? (Target.ServiceNamespace, Target.ResourceId, Target.ScalableDimension)
            : Policy != null ? (Policy.ServiceNamespace, Policy.ResourceId, Policy.ScalableDimension)
            : Action != null ? (Action.ServiceNamespace, Action.ResourceId, Action.ScalableDimension)
            : ((ServiceNamespace?, string?, ScalableDimension?)?)null;

        /// <summary>True when the input is about an ECS service (namespace ecs, an ecs: dimension or a service/ resource id).</summary>
        public bool IsEcs => Resource is { } r && ScalingResource.LooksEcs(r.Namespace, r.ResourceId, r.Dimension);
    }
}
