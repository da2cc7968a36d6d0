using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration PredictiveScalingMaxCapacityBreachBehavior. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMaxCapacityBreachBehavior</c>.</remarks>
    public readonly struct PredictiveScalingMaxCapacityBreachBehavior : IEquatable<PredictiveScalingMaxCapacityBreachBehavior>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PredictiveScalingMaxCapacityBreachBehavior(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>HonorMaxCapacity</c></summary>
        public static PredictiveScalingMaxCapacityBreachBehavior HonorMaxCapacity { get; } = new PredictiveScalingMaxCapacityBreachBehavior("HonorMaxCapacity");

        /// <summary><c>IncreaseMaxCapacity</c></summary>
        public static PredictiveScalingMaxCapacityBreachBehavior IncreaseMaxCapacity { get; } = new PredictiveScalingMaxCapacityBreachBehavior("IncreaseMaxCapacity");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static PredictiveScalingMaxCapacityBreachBehavior[] KnownValues => new[] { HonorMaxCapacity, IncreaseMaxCapacity };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "HonorMaxCapacity":
                    case "IncreaseMaxCapacity":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PredictiveScalingMaxCapacityBreachBehavior left, PredictiveScalingMaxCapacityBreachBehavior right) => left.Equals(right);

        public static bool operator !=(PredictiveScalingMaxCapacityBreachBehavior left, PredictiveScalingMaxCapacityBreachBehavior right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PredictiveScalingMaxCapacityBreachBehavior other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PredictiveScalingMaxCapacityBreachBehavior other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
