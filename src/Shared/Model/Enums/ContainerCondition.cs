using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration ContainerCondition. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ContainerCondition</c>.</remarks>
    public readonly struct ContainerCondition : IEquatable<ContainerCondition>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ContainerCondition(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>START</c></summary>
        public static ContainerCondition Start { get; } = new ContainerCondition("START");

        /// <summary><c>COMPLETE</c></summary>
        public static ContainerCondition Complete { get; } = new ContainerCondition("COMPLETE");

        /// <summary><c>SUCCESS</c></summary>
        public static ContainerCondition Success { get; } = new ContainerCondition("SUCCESS");

        /// <summary><c>HEALTHY</c></summary>
        public static ContainerCondition Healthy { get; } = new ContainerCondition("HEALTHY");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ContainerCondition[] KnownValues => new[] { Start, Complete, Success, Healthy };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "START":
                    case "COMPLETE":
                    case "SUCCESS":
                    case "HEALTHY":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ContainerCondition left, ContainerCondition right) => left.Equals(right);

        public static bool operator !=(ContainerCondition left, ContainerCondition right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ContainerCondition other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ContainerCondition other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
