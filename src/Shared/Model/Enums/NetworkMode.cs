using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration NetworkMode. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>NetworkMode</c>.</remarks>
    public readonly struct NetworkMode : IEquatable<NetworkMode>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public NetworkMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>bridge</c></summary>
        public static NetworkMode Bridge { get; } = new NetworkMode("bridge");

        /// <summary><c>host</c></summary>
        public static NetworkMode Host { get; } = new NetworkMode("host");

        /// <summary><c>awsvpc</c></summary>
        public static NetworkMode AwsVpc { get; } = new NetworkMode("awsvpc");

        /// <summary><c>none</c></summary>
        public static NetworkMode None { get; } = new NetworkMode("none");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static NetworkMode[] KnownValues => new[] { Bridge, Host, AwsVpc, None };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "bridge":
                    case "host":
                    case "awsvpc":
                    case "none":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(NetworkMode left, NetworkMode right) => left.Equals(right);

        public static bool operator !=(NetworkMode left, NetworkMode right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(NetworkMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is NetworkMode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
