using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration EFSTransitEncryption. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>EFSTransitEncryption</c>.</remarks>
    public readonly struct EfsTransitEncryption : IEquatable<EfsTransitEncryption>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public EfsTransitEncryption(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static EfsTransitEncryption Enabled { get; } = new EfsTransitEncryption("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static EfsTransitEncryption Disabled { get; } = new EfsTransitEncryption("DISABLED");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static EfsTransitEncryption[] KnownValues => new[] { Enabled, Disabled };

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

        public static bool operator ==(EfsTransitEncryption left, EfsTransitEncryption right) => left.Equals(right);

        public static bool operator !=(EfsTransitEncryption left, EfsTransitEncryption right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(EfsTransitEncryption other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EfsTransitEncryption other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
