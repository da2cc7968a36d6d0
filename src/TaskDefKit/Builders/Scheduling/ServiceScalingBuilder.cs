using System.Collections.Generic;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Scheduling
{
    /// <summary>
    /// Builds the Application Auto Scaling inputs that scale one ECS service: the scalable target
    /// (RegisterScalableTarget), target tracking policies (PutScalingPolicy) and scheduled capacity changes
    /// (PutScheduledAction); <see cref="Validate"/> judges them all with <see cref="ScalingValidator"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// var scaling = ServiceScalingBuilder.For("prod", "web")
    ///     .Capacity(2, 20)
    ///     .ScaleOnCpu(60)
    ///     .ScheduledCapacity("night", "cron(0 22 * * ? *)", 1, 4);
    /// </code>
    /// </example>
    public sealed class ServiceScalingBuilder
    {
        private readonly string _resourceId;
        private readonly List<ScalingPolicy> _policies = new List<ScalingPolicy>();
        private readonly List<ScheduledAction> _actions = new List<ScheduledAction>();
        private int? _min;
        private int? _max;
        private int? _scaleInCooldown;
        private int? _scaleOutCooldown;

        private ServiceScalingBuilder(string resourceId)
        {
            _resourceId = resourceId;
        }

        /// <summary>Scales service <paramref name="service"/> of cluster <paramref name="cluster"/> (resource id service/cluster/service).</summary>
        public static ServiceScalingBuilder For(string cluster, string service) =>
            new ServiceScalingBuilder("service/" + Guard.NotNull(cluster, nameof(cluster)) + "/" + Guard.NotNull(service, nameof(service)));

        /// <summary>Sets <c>MinCapacity</c> and <c>MaxCapacity</c>: the range of the service's desired count.</summary>
        public ServiceScalingBuilder Capacity(int min, int max)
        {
            _min = min;
            _max = max;
            return this;
        }

        /// <summary>Cooldowns in seconds for the target tracking policies added after this call.</summary>
        public ServiceScalingBuilder Cooldowns(int scaleInSeconds, int scaleOutSeconds)
        {
            _scaleInCooldown = scaleInSeconds;
            _scaleOutCooldown = scaleOutSeconds;
            return this;
        }

        /// <summary>Tracks the service's average CPU utilization at <paramref name="percent"/>.</summary>
        public ServiceScalingBuilder ScaleOnCpu(double percent, string policyName = "cpu") =>
            Track(policyName, MetricType.ECSServiceAverageCPUUtilization, percent, null);

        /// <summary>Tracks the service's average memory utilization at <paramref name="percent"/>.</summary>
        public ServiceScalingBuilder ScaleOnMemory(double percent, string policyName = "memory") =>
            Track(policyName, MetricType.ECSServiceAverageMemoryUtilization, percent, null);

        /// <summary>Tracks ALB requests per target; <paramref name="resourceLabel"/> is app/&lt;lb&gt;/&lt;id&gt;/targetgroup/&lt;tg&gt;/&lt;id&gt;.</summary>
        public ServiceScalingBuilder ScaleOnRequests(double requestsPerTarget, string resourceLabel, string policyName = "requests") =>
            Track(policyName, MetricType.ALBRequestCountPerTarget, requestsPerTarget, Guard.NotNull(resourceLabel, nameof(resourceLabel)));

        /// <summary>Changes the capacity range on a schedule (at(), rate() or cron()).</summary>
        public ServiceScalingBuilder ScheduledCapacity(string name, string schedule, int? min, int? max)
        {
            _actions.Add(new ScheduledAction
            {
                ServiceNamespace = ServiceNamespace.Ecs,
                Schedule = Guard.NotNull(schedule, nameof(schedule)),
                ScheduledActionName = Guard.NotNull(name, nameof(name)),
                ResourceId = _resourceId,
                ScalableDimension = ScalableDimension.EcsServiceDesiredCount,
                ScalableTargetAction = new ScalableTargetAction { MinCapacity = min, MaxCapacity = max },
            });
            return this;
        }

        /// <summary>The RegisterScalableTarget input.</summary>
        public ScalableTarget Target => new ScalableTarget
        {
            ServiceNamespace = ServiceNamespace.Ecs,
            ResourceId = _resourceId,
            ScalableDimension = ScalableDimension.EcsServiceDesiredCount,
            MinCapacity = _min,
            MaxCapacity = _max,
        };

        /// <summary>The PutScalingPolicy inputs, in the order added.</summary>
        public IReadOnlyList<ScalingPolicy> Policies => _policies;

        /// <summary>The PutScheduledAction inputs, in the order added.</summary>
        public IReadOnlyList<ScheduledAction> ScheduledActions => _actions;

        /// <summary>Every finding on the target, the policies and the scheduled actions, in that order.</summary>
        public IReadOnlyList<RuleDiagnostic> Validate()
        {
            var findings = new List<RuleDiagnostic>(ScalingValidator.Validate(Target));
            foreach (ScalingPolicy policy in _policies)
            {
                findings.AddRange(ScalingValidator.Validate(policy));
            }

            foreach (ScheduledAction action in _actions)
            {
                findings.AddRange(ScalingValidator.Validate(action));
            }

            return findings;
        }

        private ServiceScalingBuilder Track(string policyName, MetricType metric, double target, string? resourceLabel)
        {
            _policies.Add(new ScalingPolicy
            {
                PolicyName = Guard.NotNull(policyName, nameof(policyName)),
                ServiceNamespace = ServiceNamespace.Ecs,
                ResourceId = _resourceId,
                ScalableDimension = ScalableDimension.EcsServiceDesiredCount,
                PolicyType = PolicyType.TargetTrackingScaling,
                TargetTrackingScalingPolicyConfiguration = new TargetTrackingScalingPolicyConfiguration
                {
                    TargetValue = target,
                    PredefinedMetricSpecification = new PredefinedMetricSpecification { PredefinedMetricType = metric, ResourceLabel = resourceLabel },
                    ScaleInCooldown = _scaleInCooldown,
                    ScaleOutCooldown = _scaleOutCooldown,
                },
            });
            return this;
        }
    }
}
