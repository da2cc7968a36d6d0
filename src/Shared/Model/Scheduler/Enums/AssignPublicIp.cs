using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration AssignPublicIp. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>AssignPublicIp</c>.</remarks>
    public readonly struct AssignPublicIp : IEquatable<AssignPublicIp>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public AssignPublicIp(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static AssignPublicIp Enabled { get; } = new AssignPublicIp("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static AssignPublicIp Disabled { get; } = new AssignPublicIp("DISABLED");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static AssignPublicIp[] KnownValues => new[] { Enabled, Disabled };

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

        public static bool operator ==(AssignPublicIp left, AssignPublicIp right) => left.Equals(right);

        public static bool operator !=(AssignPublicIp left, AssignPublicIp right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(AssignPublicIp other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is AssignPublicIp other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
