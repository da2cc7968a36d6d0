using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration DeploymentLifecycleHookTargetType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeploymentLifecycleHookTargetType</c>.</remarks>
    public readonly struct DeploymentLifecycleHookTargetType : IEquatable<DeploymentLifecycleHookTargetType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeploymentLifecycleHookTargetType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>AWS_LAMBDA</c></summary>
        public static DeploymentLifecycleHookTargetType AwsLambda { get; } = new DeploymentLifecycleHookTargetType("AWS_LAMBDA");

        /// <summary><c>PAUSE</c></summary>
        public static DeploymentLifecycleHookTargetType Pause { get; } = new DeploymentLifecycleHookTargetType("PAUSE");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeploymentLifecycleHookTargetType[] KnownValues => new[] { AwsLambda, Pause };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "AWS_LAMBDA":
                    case "PAUSE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeploymentLifecycleHookTargetType left, DeploymentLifecycleHookTargetType right) => left.Equals(right);

        public static bool operator !=(DeploymentLifecycleHookTargetType left, DeploymentLifecycleHookTargetType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeploymentLifecycleHookTargetType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeploymentLifecycleHookTargetType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
