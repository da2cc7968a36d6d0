using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration FirelensConfigurationType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>FirelensConfigurationType</c>.</remarks>
    public readonly struct FirelensConfigurationType : IEquatable<FirelensConfigurationType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public FirelensConfigurationType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>fluentd</c></summary>
        public static FirelensConfigurationType Fluentd { get; } = new FirelensConfigurationType("fluentd");

        /// <summary><c>fluentbit</c></summary>
        public static FirelensConfigurationType Fluentbit { get; } = new FirelensConfigurationType("fluentbit");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static FirelensConfigurationType[] KnownValues => new[] { Fluentd, Fluentbit };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "fluentd":
                    case "fluentbit":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(FirelensConfigurationType left, FirelensConfigurationType right) => left.Equals(right);

        public static bool operator !=(FirelensConfigurationType left, FirelensConfigurationType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(FirelensConfigurationType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is FirelensConfigurationType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
