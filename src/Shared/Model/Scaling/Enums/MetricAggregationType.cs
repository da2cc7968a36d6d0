using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration MetricAggregationType. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>MetricAggregationType</c>.</remarks>
    public readonly struct MetricAggregationType : IEquatable<MetricAggregationType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public MetricAggregationType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>Average</c></summary>
        public static MetricAggregationType Average { get; } = new MetricAggregationType("Average");

        /// <summary><c>Minimum</c></summary>
        public static MetricAggregationType Minimum { get; } = new MetricAggregationType("Minimum");

        /// <summary><c>Maximum</c></summary>
        public static MetricAggregationType Maximum { get; } = new MetricAggregationType("Maximum");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static MetricAggregationType[] KnownValues => new[] { Average, Minimum, Maximum };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "Average":
                    case "Minimum":
                    case "Maximum":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(MetricAggregationType left, MetricAggregationType right) => left.Equals(right);

        public static bool operator !=(MetricAggregationType left, MetricAggregationType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(MetricAggregationType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MetricAggregationType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
