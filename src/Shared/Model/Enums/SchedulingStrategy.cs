using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration SchedulingStrategy (service scheduler). Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>SchedulingStrategy</c>.</remarks>
    public readonly struct SchedulingStrategy : IEquatable<SchedulingStrategy>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public SchedulingStrategy(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>REPLICA</c></summary>
        public static SchedulingStrategy Replica { get; } = new SchedulingStrategy("REPLICA");

        /// <summary><c>DAEMON</c></summary>
        public static SchedulingStrategy Daemon { get; } = new SchedulingStrategy("DAEMON");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static SchedulingStrategy[] KnownValues => new[] { Replica, Daemon };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "REPLICA":
                    case "DAEMON":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(SchedulingStrategy left, SchedulingStrategy right) => left.Equals(right);

        public static bool operator !=(SchedulingStrategy left, SchedulingStrategy right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(SchedulingStrategy other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SchedulingStrategy other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
