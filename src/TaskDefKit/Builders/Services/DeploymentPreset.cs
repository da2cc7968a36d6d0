using System;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// A service deployment that is easy to get right, for the rolling-update (<c>ECS</c>) deployment controller. Hand
    /// it to <see cref="ServiceBuilder.Deployment"/>. A service that chooses none gets <see cref="Rolling"/>: a rolling
    /// update whose deployment circuit breaker rolls back a deployment that cannot reach a steady state.
    /// </summary>
    /// <remarks>
    /// The circuit breaker works with rolling updates only; blue/green, linear and canary deployments rely on the bake
    /// time, CloudWatch alarms (<see cref="ServiceBuilder.DeploymentAlarms"/>) and lifecycle hooks instead, and their load
    /// balancer needs an alternate target group (<see cref="LoadBalancerBuilder.BlueGreen"/>). Source: Amazon ECS Developer
    /// Guide, "Deployment circuit breaker" and "Required resources for Amazon ECS blue/green deployments".
    /// </remarks>
    public sealed class DeploymentPreset
    {
        private readonly Func<DeploymentConfiguration> _create;

        private DeploymentPreset(string name, Func<DeploymentConfiguration> create)
        {
            Name = name;
            _create = create;
        }

        /// <summary>The preset's name, e.g. <c>rolling</c> or <c>blue/green</c>.</summary>
        public string Name { get; }

        /// <summary>
        /// A rolling update with the deployment circuit breaker on and rollback to the last completed deployment (the
        /// default). Leave the percentages null to keep ECS's defaults (100/200 for a replica service, 0/100 for a daemon).
        /// </summary>
        /// <param name="minimumHealthyPercent">Lower limit of running tasks during a deployment, as a percentage of the desired count.</param>
        /// <param name="maximumPercent">Upper limit of running and pending tasks during a deployment, as a percentage of the desired count.</param>
        [Sets("deploymentCircuitBreaker/enable='true'", "deploymentCircuitBreaker/rollback='true'", "minimumHealthyPercent=minimumHealthyPercent?", "maximumPercent=maximumPercent?")]
        public static DeploymentPreset Rolling(int? minimumHealthyPercent = null, int? maximumPercent = null) =>
            new DeploymentPreset("rolling", () => new DeploymentConfiguration
            {
                DeploymentCircuitBreaker = BuildCompletion.RollbackBreaker(),
                MinimumHealthyPercent = minimumHealthyPercent,
                MaximumPercent = maximumPercent,
            });

        /// <summary>A rolling update without the circuit breaker: a failing deployment keeps retrying (ECS's own default).</summary>
        [Sets("minimumHealthyPercent=minimumHealthyPercent?", "maximumPercent=maximumPercent?")]
        public static DeploymentPreset RollingWithoutCircuitBreaker(int? minimumHealthyPercent = null, int? maximumPercent = null) =>
            new DeploymentPreset("rolling without circuit breaker", () => new DeploymentConfiguration
            {
                MinimumHealthyPercent = minimumHealthyPercent,
                MaximumPercent = maximumPercent,
            });

        /// <summary>
        /// An ECS blue/green deployment (<c>strategy: BLUE_GREEN</c>): the new revision gets all production traffic at
        /// once and both run for <paramref name="bakeTimeInMinutes"/> before the old one is stopped, so a rollback is instant.
        /// </summary>
        [Sets("strategy='BLUE_GREEN'", "bakeTimeInMinutes=bakeTimeInMinutes")]
        public static DeploymentPreset BlueGreen(int bakeTimeInMinutes) =>
            new DeploymentPreset("blue/green", () => new DeploymentConfiguration
            {
                Strategy = DeploymentStrategy.BlueGreen,
                BakeTimeInMinutes = bakeTimeInMinutes,
            });

        /// <summary>
        /// A linear deployment (<c>strategy: LINEAR</c>): traffic moves to the new revision in steps of
        /// <paramref name="stepPercent"/> percent, waiting <paramref name="stepBakeTimeInMinutes"/> after each step.
        /// </summary>
        [Sets("strategy='LINEAR'", "bakeTimeInMinutes=bakeTimeInMinutes", "linearConfiguration/stepPercent=stepPercent", "linearConfiguration/stepBakeTimeInMinutes=stepBakeTimeInMinutes")]
        public static DeploymentPreset Linear(double stepPercent, int stepBakeTimeInMinutes, int bakeTimeInMinutes) =>
            new DeploymentPreset("linear", () => new DeploymentConfiguration
            {
                Strategy = DeploymentStrategy.Linear,
                BakeTimeInMinutes = bakeTimeInMinutes,
                LinearConfiguration = new LinearConfiguration { StepPercent = stepPercent, StepBakeTimeInMinutes = stepBakeTimeInMinutes },
            });

        /// <summary>
        /// A canary deployment (<c>strategy: CANARY</c>): <paramref name="canaryPercent"/> percent of the traffic goes to
        /// the new revision for <paramref name="canaryBakeTimeInMinutes"/>, then the rest.
        /// </summary>
        [Sets("strategy='CANARY'", "bakeTimeInMinutes=bakeTimeInMinutes", "canaryConfiguration/canaryPercent=canaryPercent", "canaryConfiguration/canaryBakeTimeInMinutes=canaryBakeTimeInMinutes")]
        public static DeploymentPreset Canary(double canaryPercent, int canaryBakeTimeInMinutes, int bakeTimeInMinutes) =>
            new DeploymentPreset("canary", () => new DeploymentConfiguration
            {
                Strategy = DeploymentStrategy.Canary,
                BakeTimeInMinutes = bakeTimeInMinutes,
                CanaryConfiguration = new CanaryConfiguration { CanaryPercent = canaryPercent, CanaryBakeTimeInMinutes = canaryBakeTimeInMinutes },
            });

        /// <summary>A new deployment configuration with this preset's members.</summary>
        internal DeploymentConfiguration Create() => _create();

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
