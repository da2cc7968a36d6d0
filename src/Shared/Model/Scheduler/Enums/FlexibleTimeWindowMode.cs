using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration FlexibleTimeWindowMode. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>FlexibleTimeWindowMode</c>.</remarks>
    public readonly struct FlexibleTimeWindowMode : IEquatable<FlexibleTimeWindowMode>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public FlexibleTimeWindowMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>OFF</c></summary>
        public static FlexibleTimeWindowMode Off { get; } = new FlexibleTimeWindowMode("OFF");

        /// <summary><c>FLEXIBLE</c></summary>
        public static FlexibleTimeWindowMode Flexible { get; } = new FlexibleTimeWindowMode("FLEXIBLE");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static FlexibleTimeWindowMode[] KnownValues => new[] { Off, Flexible };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "OFF":
                    case "FLEXIBLE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(FlexibleTimeWindowMode left, FlexibleTimeWindowMode right) => left.Equals(right);

        public static bool operator !=(FlexibleTimeWindowMode left, FlexibleTimeWindowMode right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(FlexibleTimeWindowMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is FlexibleTimeWindowMode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
