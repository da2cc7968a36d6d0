using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration MetricStatistic. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>MetricStatistic</c>.</remarks>
    public readonly struct MetricStatistic : IEquatable<MetricStatistic>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public MetricStatistic(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>Average</c></summary>
        public static MetricStatistic Average { get; } = new MetricStatistic("Average");

        /// <summary><c>Minimum</c></summary>
        public static MetricStatistic Minimum { get; } = new MetricStatistic("Minimum");

        /// <summary><c>Maximum</c></summary>
        public static MetricStatistic Maximum { get; } = new MetricStatistic("Maximum");

        /// <summary><c>SampleCount</c></summary>
        public static MetricStatistic SampleCount { get; } = new MetricStatistic("SampleCount");

        /// <summary><c>Sum</c></summary>
        public static MetricStatistic Sum { get; } = new MetricStatistic("Sum");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static MetricStatistic[] KnownValues => new[] { Average, Minimum, Maximum, SampleCount, Sum };

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
                    case "SampleCount":
                    case "Sum":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(MetricStatistic left, MetricStatistic right) => left.Equals(right);

        public static bool operator !=(MetricStatistic left, MetricStatistic right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(MetricStatistic other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MetricStatistic other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
