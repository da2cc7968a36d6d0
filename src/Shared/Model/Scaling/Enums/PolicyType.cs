using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration PolicyType. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>PolicyType</c>.</remarks>
    public readonly struct PolicyType : IEquatable<PolicyType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PolicyType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>StepScaling</c></summary>
        public static PolicyType StepScaling { get; } = new PolicyType("StepScaling");

        /// <summary><c>TargetTrackingScaling</c></summary>
        public static PolicyType TargetTrackingScaling { get; } = new PolicyType("TargetTrackingScaling");

        /// <summary><c>PredictiveScaling</c></summary>
        public static PolicyType PredictiveScaling { get; } = new PolicyType("PredictiveScaling");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static PolicyType[] KnownValues => new[] { StepScaling, TargetTrackingScaling, PredictiveScaling };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "StepScaling":
                    case "TargetTrackingScaling":
                    case "PredictiveScaling":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PolicyType left, PolicyType right) => left.Equals(right);

        public static bool operator !=(PolicyType left, PolicyType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PolicyType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PolicyType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
