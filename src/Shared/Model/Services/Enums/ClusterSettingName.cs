using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration ClusterSettingName. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ClusterSettingName</c>.</remarks>
    public readonly struct ClusterSettingName : IEquatable<ClusterSettingName>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ClusterSettingName(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>containerInsights</c></summary>
        public static ClusterSettingName ContainerInsights { get; } = new ClusterSettingName("containerInsights");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ClusterSettingName[] KnownValues => new[] { ContainerInsights };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "containerInsights":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ClusterSettingName left, ClusterSettingName right) => left.Equals(right);

        public static bool operator !=(ClusterSettingName left, ClusterSettingName right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ClusterSettingName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ClusterSettingName other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
