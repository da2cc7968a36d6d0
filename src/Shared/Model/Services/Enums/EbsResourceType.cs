using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration EBSResourceType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>EBSResourceType</c>.</remarks>
    public readonly struct EbsResourceType : IEquatable<EbsResourceType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public EbsResourceType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>volume</c></summary>
        public static EbsResourceType Volume { get; } = new EbsResourceType("volume");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static EbsResourceType[] KnownValues => new[] { Volume };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "volume":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(EbsResourceType left, EbsResourceType right) => left.Equals(right);

        public static bool operator !=(EbsResourceType left, EbsResourceType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(EbsResourceType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EbsResourceType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
