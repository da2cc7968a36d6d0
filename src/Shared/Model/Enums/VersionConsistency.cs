using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration VersionConsistency. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>VersionConsistency</c>.</remarks>
    public readonly struct VersionConsistency : IEquatable<VersionConsistency>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public VersionConsistency(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>enabled</c></summary>
        public static VersionConsistency Enabled { get; } = new VersionConsistency("enabled");

        /// <summary><c>disabled</c></summary>
        public static VersionConsistency Disabled { get; } = new VersionConsistency("disabled");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static VersionConsistency[] KnownValues => new[] { Enabled, Disabled };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "enabled":
                    case "disabled":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(VersionConsistency left, VersionConsistency right) => left.Equals(right);

        public static bool operator !=(VersionConsistency left, VersionConsistency right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(VersionConsistency other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is VersionConsistency other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
