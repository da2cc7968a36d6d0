using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration AvailabilityZoneRebalancing. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>AvailabilityZoneRebalancing</c>.</remarks>
    public readonly struct AvailabilityZoneRebalancing : IEquatable<AvailabilityZoneRebalancing>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public AvailabilityZoneRebalancing(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static AvailabilityZoneRebalancing Enabled { get; } = new AvailabilityZoneRebalancing("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static AvailabilityZoneRebalancing Disabled { get; } = new AvailabilityZoneRebalancing("DISABLED");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static AvailabilityZoneRebalancing[] KnownValues => new[] { Enabled, Disabled };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ENABLED":
                    case "DISABLED":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(AvailabilityZoneRebalancing left, AvailabilityZoneRebalancing right) => left.Equals(right);

        public static bool operator !=(AvailabilityZoneRebalancing left, AvailabilityZoneRebalancing right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(AvailabilityZoneRebalancing other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is AvailabilityZoneRebalancing other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
