using System;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>ECR API enumeration ImageTagMutability. Unknown values are kept as they are.</summary>
    /// <remarks>ECR API model shape <c>ImageTagMutability</c>.</remarks>
    public readonly struct ImageTagMutability : IEquatable<ImageTagMutability>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ImageTagMutability(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>MUTABLE</c></summary>
        public static ImageTagMutability Mutable { get; } = new ImageTagMutability("MUTABLE");

        /// <summary><c>IMMUTABLE</c></summary>
        public static ImageTagMutability Immutable { get; } = new ImageTagMutability("IMMUTABLE");

        /// <summary><c>IMMUTABLE_WITH_EXCLUSION</c></summary>
        public static ImageTagMutability ImmutableWithExclusion { get; } = new ImageTagMutability("IMMUTABLE_WITH_EXCLUSION");

        /// <summary><c>MUTABLE_WITH_EXCLUSION</c></summary>
        public static ImageTagMutability MutableWithExclusion { get; } = new ImageTagMutability("MUTABLE_WITH_EXCLUSION");

        /// <summary>The values listed by the ECR API model, in its order.</summary>
        public static ImageTagMutability[] KnownValues => new[] { Mutable, Immutable, ImmutableWithExclusion, MutableWithExclusion };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "MUTABLE":
                    case "IMMUTABLE":
                    case "IMMUTABLE_WITH_EXCLUSION":
                    case "MUTABLE_WITH_EXCLUSION":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ImageTagMutability left, ImageTagMutability right) => left.Equals(right);

        public static bool operator !=(ImageTagMutability left, ImageTagMutability right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ImageTagMutability other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ImageTagMutability other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
