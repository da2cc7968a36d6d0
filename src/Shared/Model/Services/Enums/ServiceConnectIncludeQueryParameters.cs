using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration ServiceConnectIncludeQueryParameters. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectIncludeQueryParameters</c>.</remarks>
    public readonly struct ServiceConnectIncludeQueryParameters : IEquatable<ServiceConnectIncludeQueryParameters>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ServiceConnectIncludeQueryParameters(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>DISABLED</c></summary>
        public static ServiceConnectIncludeQueryParameters Disabled { get; } = new ServiceConnectIncludeQueryParameters("DISABLED");

        /// <summary><c>ENABLED</c></summary>
        public static ServiceConnectIncludeQueryParameters Enabled { get; } = new ServiceConnectIncludeQueryParameters("ENABLED");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ServiceConnectIncludeQueryParameters[] KnownValues => new[] { Disabled, Enabled };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "DISABLED":
                    case "ENABLED":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ServiceConnectIncludeQueryParameters left, ServiceConnectIncludeQueryParameters right) => left.Equals(right);

        public static bool operator !=(ServiceConnectIncludeQueryParameters left, ServiceConnectIncludeQueryParameters right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ServiceConnectIncludeQueryParameters other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ServiceConnectIncludeQueryParameters other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
