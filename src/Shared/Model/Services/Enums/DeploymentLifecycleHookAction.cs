using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration DeploymentLifecycleHookAction. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeploymentLifecycleHookAction</c>.</remarks>
    public readonly struct DeploymentLifecycleHookAction : IEquatable<DeploymentLifecycleHookAction>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeploymentLifecycleHookAction(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ROLLBACK</c></summary>
        public static DeploymentLifecycleHookAction Rollback { get; } = new DeploymentLifecycleHookAction("ROLLBACK");

        /// <summary><c>CONTINUE</c></summary>
        public static DeploymentLifecycleHookAction Continue { get; } = new DeploymentLifecycleHookAction("CONTINUE");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeploymentLifecycleHookAction[] KnownValues => new[] { Rollback, Continue };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ROLLBACK":
                    case "CONTINUE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeploymentLifecycleHookAction left, DeploymentLifecycleHookAction right) => left.Equals(right);

        public static bool operator !=(DeploymentLifecycleHookAction left, DeploymentLifecycleHookAction right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeploymentLifecycleHookAction other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeploymentLifecycleHookAction other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
