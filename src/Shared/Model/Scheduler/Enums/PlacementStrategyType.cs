using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration PlacementStrategyType. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>PlacementStrategyType</c>.</remarks>
    public readonly struct PlacementStrategyType : IEquatable<PlacementStrategyType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PlacementStrategyType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>random</c></summary>
        public static PlacementStrategyType Random { get; } = new PlacementStrategyType("random");

        /// <summary><c>spread</c></summary>
        public static PlacementStrategyType Spread { get; } = new PlacementStrategyType("spread");

        /// <summary><c>binpack</c></summary>
        public static PlacementStrategyType Binpack { get; } = new PlacementStrategyType("binpack");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static PlacementStrategyType[] KnownValues => new[] { Random, Spread, Binpack };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "random":
                    case "spread":
                    case "binpack":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PlacementStrategyType left, PlacementStrategyType right) => left.Equals(right);

        public static bool operator !=(PlacementStrategyType left, PlacementStrategyType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PlacementStrategyType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PlacementStrategyType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
