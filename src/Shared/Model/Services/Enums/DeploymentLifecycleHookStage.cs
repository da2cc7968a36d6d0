using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration DeploymentLifecycleHookStage. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeploymentLifecycleHookStage</c>.</remarks>
    public readonly struct DeploymentLifecycleHookStage : IEquatable<DeploymentLifecycleHookStage>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeploymentLifecycleHookStage(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>RECONCILE_SERVICE</c></summary>
        public static DeploymentLifecycleHookStage ReconcileService { get; } = new DeploymentLifecycleHookStage("RECONCILE_SERVICE");

        /// <summary><c>PRE_SCALE_UP</c></summary>
        public static DeploymentLifecycleHookStage PreScaleUp { get; } = new DeploymentLifecycleHookStage("PRE_SCALE_UP");

        /// <summary><c>POST_SCALE_UP</c></summary>
        public static DeploymentLifecycleHookStage PostScaleUp { get; } = new DeploymentLifecycleHookStage("POST_SCALE_UP");

        /// <summary><c>TEST_TRAFFIC_SHIFT</c></summary>
        public static DeploymentLifecycleHookStage TestTrafficShift { get; } = new DeploymentLifecycleHookStage("TEST_TRAFFIC_SHIFT");

        /// <summary><c>POST_TEST_TRAFFIC_SHIFT</c></summary>
        public static DeploymentLifecycleHookStage PostTestTrafficShift { get; } = new DeploymentLifecycleHookStage("POST_TEST_TRAFFIC_SHIFT");

        /// <summary><c>PRE_PRODUCTION_TRAFFIC_SHIFT</c></summary>
        public static DeploymentLifecycleHookStage PreProductionTrafficShift { get; } = new DeploymentLifecycleHookStage("PRE_PRODUCTION_TRAFFIC_SHIFT");

        /// <summary><c>PRODUCTION_TRAFFIC_SHIFT</c></summary>
        public static DeploymentLifecycleHookStage ProductionTrafficShift { get; } = new DeploymentLifecycleHookStage("PRODUCTION_TRAFFIC_SHIFT");

        /// <summary><c>POST_PRODUCTION_TRAFFIC_SHIFT</c></summary>
        public static DeploymentLifecycleHookStage PostProductionTrafficShift { get; } = new DeploymentLifecycleHookStage("POST_PRODUCTION_TRAFFIC_SHIFT");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeploymentLifecycleHookStage[] KnownValues => new[] { ReconcileService, PreScaleUp, PostScaleUp, TestTrafficShift, PostTestTrafficShift, PreProductionTrafficShift, ProductionTrafficShift, PostProductionTrafficShift };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "RECONCILE_SERVICE":
                    case "PRE_SCALE_UP":
                    case "POST_SCALE_UP":
                    case "TEST_TRAFFIC_SHIFT":
                    case "POST_TEST_TRAFFIC_SHIFT":
                    case "PRE_PRODUCTION_TRAFFIC_SHIFT":
                    case "PRODUCTION_TRAFFIC_SHIFT":
                    case "POST_PRODUCTION_TRAFFIC_SHIFT":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeploymentLifecycleHookStage left, DeploymentLifecycleHookStage right) => left.Equals(right);

        public static bool operator !=(DeploymentLifecycleHookStage left, DeploymentLifecycleHookStage right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeploymentLifecycleHookStage other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeploymentLifecycleHookStage other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
