using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration Compatibility. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>Compatibility</c>.</remarks>
    public readonly struct Compatibility : IEquatable<Compatibility>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public Compatibility(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>EC2</c></summary>
        public static Compatibility Ec2 { get; } = new Compatibility("EC2");

        /// <summary><c>FARGATE</c></summary>
        public static Compatibility Fargate { get; } = new Compatibility("FARGATE");

        /// <summary><c>EXTERNAL</c></summary>
        public static Compatibility External { get; } = new Compatibility("EXTERNAL");

        /// <summary><c>MANAGED_INSTANCES</c></summary>
        public static Compatibility ManagedInstances { get; } = new Compatibility("MANAGED_INSTANCES");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static Compatibility[] KnownValues => new[] { Ec2, Fargate, External, ManagedInstances };

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
                    case "MANAGED_INSTANCES":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(Compatibility left, Compatibility right) => left.Equals(right);

        public static bool operator !=(Compatibility left, Compatibility right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(Compatibility other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is Compatibility other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
