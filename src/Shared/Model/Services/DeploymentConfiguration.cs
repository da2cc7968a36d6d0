using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Optional deployment parameters that control how many tasks run during a deployment and the ordering of stopping and starting tasks.</summary>
    /// <remarks>ECS API model shape <c>DeploymentConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentConfiguration : IHasAdditionalMembers
    {
        /// <summary>The deployment circuit breaker can only be used for services using the rolling update (ECS) deployment type.</summary>
        /// <remarks>JSON member <c>deploymentCircuitBreaker</c>.</remarks>
        public DeploymentCircuitBreaker? DeploymentCircuitBreaker { get; set; }

        /// <summary>If a service is using the rolling update (ECS) deployment type, the maximumPercent parameter represents an upper limit on the number of your service's tasks that are allowed in the RUNNING or PENDING state during a deployment, as a percentage of the desiredCount (rounded down to the nearest integer).</summary>
        /// <remarks>JSON member <c>maximumPercent</c>.</remarks>
        public int? MaximumPercent { get; set; }

        /// <summary>If a service is using the rolling update (ECS) deployment type, the minimumHealthyPercent represents a lower limit on the number of your service's tasks that must remain in the RUNNING state during a deployment, as a percentage of the desiredCount (rounded up to the nearest integer).</summary>
        /// <remarks>JSON member <c>minimumHealthyPercent</c>.</remarks>
        public int? MinimumHealthyPercent { get; set; }

        /// <summary>Information about the CloudWatch alarms.</summary>
        /// <remarks>JSON member <c>alarms</c>.</remarks>
        public DeploymentAlarms? Alarms { get; set; }

        /// <summary>The deployment strategy for the service.</summary>
        /// <remarks>JSON member <c>strategy</c>.</remarks>
        public DeploymentStrategy? Strategy { get; set; }

        /// <summary>The time period when both blue and green service revisions are running simultaneously after the production traffic has shifted.</summary>
        /// <remarks>JSON member <c>bakeTimeInMinutes</c>.</remarks>
        public int? BakeTimeInMinutes { get; set; }

        /// <summary>An array of deployment lifecycle hook objects to run custom logic at specific stages of the deployment lifecycle.</summary>
        /// <remarks>JSON member <c>lifecycleHooks</c>.</remarks>
        public List<DeploymentLifecycleHook>? LifecycleHooks { get; set; }

        /// <summary>Configuration for linear deployment strategy.</summary>
        /// <remarks>JSON member <c>linearConfiguration</c>.</remarks>
        public LinearConfiguration? LinearConfiguration { get; set; }

        /// <summary>Configuration for canary deployment strategy.</summary>
        /// <remarks>JSON member <c>canaryConfiguration</c>.</remarks>
        public CanaryConfiguration? CanaryConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentConfiguration",
            typeof(DeploymentConfiguration),
            () => new DeploymentConfiguration(),
            new[]
            {
                MemberSchema.Object("deploymentCircuitBreaker", false, () => DeploymentCircuitBreaker.Schema, o => ((DeploymentConfiguration)o).DeploymentCircuitBreaker, (o, v) => ((DeploymentConfiguration)o).DeploymentCircuitBreaker = (DeploymentCircuitBreaker?)v),
                MemberSchema.Scalar("maximumPercent", SchemaKind.Integer, false, o => ((DeploymentConfiguration)o).MaximumPercent, (o, v) => ((DeploymentConfiguration)o).MaximumPercent = (int?)v),
                MemberSchema.Scalar("minimumHealthyPercent", SchemaKind.Integer, false, o => ((DeploymentConfiguration)o).MinimumHealthyPercent, (o, v) => ((DeploymentConfiguration)o).MinimumHealthyPercent = (int?)v),
                MemberSchema.Object("alarms", false, () => DeploymentAlarms.Schema, o => ((DeploymentConfiguration)o).Alarms, (o, v) => ((DeploymentConfiguration)o).Alarms = (DeploymentAlarms?)v),
                MemberSchema.Enum("strategy", false, s => new DeploymentStrategy(s), o => ((DeploymentConfiguration)o).Strategy, (o, v) => ((DeploymentConfiguration)o).Strategy = (DeploymentStrategy?)v),
                MemberSchema.Scalar("bakeTimeInMinutes", SchemaKind.Integer, false, o => ((DeploymentConfiguration)o).BakeTimeInMinutes, (o, v) => ((DeploymentConfiguration)o).BakeTimeInMinutes = (int?)v),
                MemberSchema.List("lifecycleHooks", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.DeploymentLifecycleHook>(), o => ((DeploymentConfiguration)o).LifecycleHooks, (o, v) => ((DeploymentConfiguration)o).LifecycleHooks = (List<global::TaskDefKit.Model.Services.DeploymentLifecycleHook>?)v, elementSchema: () => global::TaskDefKit.Model.Services.DeploymentLifecycleHook.Schema),
                MemberSchema.Object("linearConfiguration", false, () => LinearConfiguration.Schema, o => ((DeploymentConfiguration)o).LinearConfiguration, (o, v) => ((DeploymentConfiguration)o).LinearConfiguration = (LinearConfiguration?)v),
                MemberSchema.Object("canaryConfiguration", false, () => CanaryConfiguration.Schema, o => ((DeploymentConfiguration)o).CanaryConfiguration, (o, v) => ((DeploymentConfiguration)o).CanaryConfiguration = (CanaryConfiguration?)v),
            });
    }
}
