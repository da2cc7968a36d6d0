using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration ProxyConfigurationType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ProxyConfigurationType</c>.</remarks>
    public readonly struct ProxyConfigurationType : IEquatable<ProxyConfigurationType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ProxyConfigurationType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>APPMESH</c></summary>
        public static ProxyConfigurationType AppMesh { get; } = new ProxyConfigurationType("APPMESH");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ProxyConfigurationType[] KnownValues => new[] { AppMesh };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "APPMESH":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ProxyConfigurationType left, ProxyConfigurationType right) => left.Equals(right);

        public static bool operator !=(ProxyConfigurationType left, ProxyConfigurationType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ProxyConfigurationType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ProxyConfigurationType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
