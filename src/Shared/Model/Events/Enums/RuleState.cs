using System;

namespace TaskDefKit.Model.Events
{
    /// <summary>EventBridge API enumeration RuleState. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge API model shape <c>RuleState</c>.</remarks>
    public readonly struct RuleState : IEquatable<RuleState>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public RuleState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ENABLED</c></summary>
        public static RuleState Enabled { get; } = new RuleState("ENABLED");

        /// <summary><c>DISABLED</c></summary>
        public static RuleState Disabled { get; } = new RuleState("DISABLED");

        /// <summary><c>ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS</c></summary>
        public static RuleState EnabledWithAllCloudtrailManagementEvents { get; } = new RuleState("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS");

        /// <summary>The values listed by the EventBridge API model, in its order.</summary>
        public static RuleState[] KnownValues => new[] { Enabled, Disabled, EnabledWithAllCloudtrailManagementEvents };

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
                    case "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(RuleState left, RuleState right) => left.Equals(right);

        public static bool operator !=(RuleState left, RuleState right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(RuleState other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is RuleState other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
