using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration ScheduleState. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>ScheduleState</c>.</remarks>
    public readonly struct ScheduleState : IEquatable<ScheduleState>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ScheduleState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static ScheduleState Enabled { get; } = new ScheduleState("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static ScheduleState Disabled { get; } = new ScheduleState("DISABLED");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static ScheduleState[] KnownValues => new[] { Enabled, Disabled };

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

        public static bool operator ==(ScheduleState left, ScheduleState right) => left.Equals(right);

        public static bool operator !=(ScheduleState left, ScheduleState right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ScheduleState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ScheduleState other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
