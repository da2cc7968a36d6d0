using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration ServiceConnectAccessLoggingFormat. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectAccessLoggingFormat</c>.</remarks>
    public readonly struct ServiceConnectAccessLoggingFormat : IEquatable<ServiceConnectAccessLoggingFormat>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ServiceConnectAccessLoggingFormat(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>TEXT</c></summary>
        public static ServiceConnectAccessLoggingFormat Text { get; } = new ServiceConnectAccessLoggingFormat("TEXT");

        /// <summary><c>JSON</c></summary>
        public static ServiceConnectAccessLoggingFormat Json { get; } = new ServiceConnectAccessLoggingFormat("JSON");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ServiceConnectAccessLoggingFormat[] KnownValues => new[] { Text, Json };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "TEXT":
                    case "JSON":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ServiceConnectAccessLoggingFormat left, ServiceConnectAccessLoggingFormat right) => left.Equals(right);

        public static bool operator !=(ServiceConnectAccessLoggingFormat left, ServiceConnectAccessLoggingFormat right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ServiceConnectAccessLoggingFormat other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ServiceConnectAccessLoggingFormat other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
