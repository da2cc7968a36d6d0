using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration DeploymentControllerType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeploymentControllerType</c>.</remarks>
    public readonly struct DeploymentControllerType : IEquatable<DeploymentControllerType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeploymentControllerType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ECS</c></summary>
        public static DeploymentControllerType Ecs { get; } = new DeploymentControllerType("ECS");

        /// <summary><c>CODE_DEPLOY</c></summary>
        public static DeploymentControllerType CodeDeploy { get; } = new DeploymentControllerType("CODE_DEPLOY");

        /// <summary><c>EXTERNAL</c></summary>
        public static DeploymentControllerType External { get; } = new DeploymentControllerType("EXTERNAL");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeploymentControllerType[] KnownValues => new[] { Ecs, CodeDeploy, External };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ECS":
                    case "CODE_DEPLOY":
                    case "EXTERNAL":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeploymentControllerType left, DeploymentControllerType right) => left.Equals(right);

        public static bool operator !=(DeploymentControllerType left, DeploymentControllerType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeploymentControllerType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeploymentControllerType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
