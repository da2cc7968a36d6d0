using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration EnvironmentFileType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>EnvironmentFileType</c>.</remarks>
    public readonly struct EnvironmentFileType : IEquatable<EnvironmentFileType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public EnvironmentFileType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>s3</c></summary>
        public static EnvironmentFileType S3 { get; } = new EnvironmentFileType("s3");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static EnvironmentFileType[] KnownValues => new[] { S3 };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "s3":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(EnvironmentFileType left, EnvironmentFileType right) => left.Equals(right);

        public static bool operator !=(EnvironmentFileType left, EnvironmentFileType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(EnvironmentFileType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is EnvironmentFileType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
