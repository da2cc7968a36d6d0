using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration TransportProtocol. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>TransportProtocol</c>.</remarks>
    public readonly struct TransportProtocol : IEquatable<TransportProtocol>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public TransportProtocol(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>tcp</c></summary>
        public static TransportProtocol Tcp { get; } = new TransportProtocol("tcp");

        /// <summary><c>udp</c></summary>
        public static TransportProtocol Udp { get; } = new TransportProtocol("udp");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static TransportProtocol[] KnownValues => new[] { Tcp, Udp };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "tcp":
                    case "udp":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(TransportProtocol left, TransportProtocol right) => left.Equals(right);

        public static bool operator !=(TransportProtocol left, TransportProtocol right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(TransportProtocol other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TransportProtocol other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
