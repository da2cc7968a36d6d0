using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration PredictiveScalingMode. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PredictiveScalingMode</c>.</remarks>
    public readonly struct PredictiveScalingMode : IEquatable<PredictiveScalingMode>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PredictiveScalingMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ForecastOnly</c></summary>
        public static PredictiveScalingMode ForecastOnly { get; } = new PredictiveScalingMode("ForecastOnly");

        /// <summary><c>ForecastAndScale</c></summary>
        public static PredictiveScalingMode ForecastAndScale { get; } = new PredictiveScalingMode("ForecastAndScale");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static PredictiveScalingMode[] KnownValues => new[] { ForecastOnly, ForecastAndScale };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ForecastOnly":
                    case "ForecastAndScale":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PredictiveScalingMode left, PredictiveScalingMode right) => left.Equals(right);

        public static bool operator !=(PredictiveScalingMode left, PredictiveScalingMode right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PredictiveScalingMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PredictiveScalingMode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
