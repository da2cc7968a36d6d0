using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration EFSAuthorizationConfigIAM. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>EFSAuthorizationConfigIAM</c>.</remarks>
    public readonly struct EfsIamAuthorization : IEquatable<EfsIamAuthorization>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public EfsIamAuthorization(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static EfsIamAuthorization Enabled { get; } = new EfsIamAuthorization("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static EfsIamAuthorization Disabled { get; } = new EfsIamAuthorization("DISABLED");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static EfsIamAuthorization[] KnownValues => new[] { Enabled, Disabled };

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

        public static bool operator ==(EfsIamAuthorization left, EfsIamAuthorization right) => left.Equals(right);

        public static bool operator !=(EfsIamAuthorization left, EfsIamAuthorization right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(EfsIamAuthorization other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EfsIamAuthorization other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
