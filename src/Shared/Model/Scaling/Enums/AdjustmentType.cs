using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration AdjustmentType. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>AdjustmentType</c>.</remarks>
    public readonly struct AdjustmentType : IEquatable<AdjustmentType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public AdjustmentType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ChangeInCapacity</c></summary>
        public static AdjustmentType ChangeInCapacity { get; } = new AdjustmentType("ChangeInCapacity");

        /// <summary><c>PercentChangeInCapacity</c></summary>
        public static AdjustmentType PercentChangeInCapacity { get; } = new AdjustmentType("PercentChangeInCapacity");

        /// <summary><c>ExactCapacity</c></summary>
        public static AdjustmentType ExactCapacity { get; } = new AdjustmentType("ExactCapacity");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static AdjustmentType[] KnownValues => new[] { ChangeInCapacity, PercentChangeInCapacity, ExactCapacity };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ChangeInCapacity":
                    case "PercentChangeInCapacity":
                    case "ExactCapacity":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(AdjustmentType left, AdjustmentType right) => left.Equals(right);

        public static bool operator !=(AdjustmentType left, AdjustmentType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(AdjustmentType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is AdjustmentType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
