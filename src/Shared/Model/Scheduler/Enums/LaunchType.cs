using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration LaunchType. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>LaunchType</c>.</remarks>
    public readonly struct LaunchType : IEquatable<LaunchType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public LaunchType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>EC2</c></summary>
        public static LaunchType Ec2 { get; } = new LaunchType("EC2");

        /// <summary><c>FARGATE</c></summary>
        public static LaunchType Fargate { get; } = new LaunchType("FARGATE");

        /// <summary><c>EXTERNAL</c></summary>
        public static LaunchType External { get; } = new LaunchType("EXTERNAL");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static LaunchType[] KnownValues => new[] { Ec2, Fargate, External };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "EC2":
                    case "FARGATE":
                    case "EXTERNAL":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(LaunchType left, LaunchType right) => left.Equals(right);

        public static bool operator !=(LaunchType left, LaunchType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(LaunchType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is LaunchType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
