using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration ApplicationProtocol. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ApplicationProtocol</c>.</remarks>
    public readonly struct ApplicationProtocol : IEquatable<ApplicationProtocol>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ApplicationProtocol(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>http</c></summary>
        public static ApplicationProtocol Http { get; } = new ApplicationProtocol("http");

        /// <summary><c>http2</c></summary>
        public static ApplicationProtocol Http2 { get; } = new ApplicationProtocol("http2");

        /// <summary><c>grpc</c></summary>
        public static ApplicationProtocol Grpc { get; } = new ApplicationProtocol("grpc");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ApplicationProtocol[] KnownValues => new[] { Http, Http2, Grpc };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "http":
                    case "http2":
                    case "grpc":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ApplicationProtocol left, ApplicationProtocol right) => left.Equals(right);

        public static bool operator !=(ApplicationProtocol left, ApplicationProtocol right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ApplicationProtocol other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ApplicationProtocol other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
