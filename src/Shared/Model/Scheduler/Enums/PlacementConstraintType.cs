using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration PlacementConstraintType. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>PlacementConstraintType</c>.</remarks>
    public readonly struct PlacementConstraintType : IEquatable<PlacementConstraintType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PlacementConstraintType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>distinctInstance</c></summary>
        public static PlacementConstraintType DistinctInstance { get; } = new PlacementConstraintType("distinctInstance");

        /// <summary><c>memberOf</c></summary>
        public static PlacementConstraintType MemberOf { get; } = new PlacementConstraintType("memberOf");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static PlacementConstraintType[] KnownValues => new[] { DistinctInstance, MemberOf };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "distinctInstance":
                    case "memberOf":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PlacementConstraintType left, PlacementConstraintType right) => left.Equals(right);

        public static bool operator !=(PlacementConstraintType left, PlacementConstraintType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PlacementConstraintType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PlacementConstraintType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
