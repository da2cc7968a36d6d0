using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration DeploymentStrategy. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeploymentStrategy</c>.</remarks>
    public readonly struct DeploymentStrategy : IEquatable<DeploymentStrategy>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeploymentStrategy(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ROLLING</c></summary>
        public static DeploymentStrategy Rolling { get; } = new DeploymentStrategy("ROLLING");

        /// <summary><c>BLUE_GREEN</c></summary>
        public static DeploymentStrategy BlueGreen { get; } = new DeploymentStrategy("BLUE_GREEN");

        /// <summary><c>LINEAR</c></summary>
        public static DeploymentStrategy Linear { get; } = new DeploymentStrategy("LINEAR");

        /// <summary><c>CANARY</c></summary>
        public static DeploymentStrategy Canary { get; } = new DeploymentStrategy("CANARY");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeploymentStrategy[] KnownValues => new[] { Rolling, BlueGreen, Linear, Canary };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ROLLING":
                    case "BLUE_GREEN":
                    case "LINEAR":
                    case "CANARY":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeploymentStrategy left, DeploymentStrategy right) => left.Equals(right);

        public static bool operator !=(DeploymentStrategy left, DeploymentStrategy right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeploymentStrategy other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeploymentStrategy other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
