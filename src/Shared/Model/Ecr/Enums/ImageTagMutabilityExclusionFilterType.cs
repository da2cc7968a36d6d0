using System;

namespace TaskDefKit.Model.Ecr
{
    /// <summary>ECR API enumeration ImageTagMutabilityExclusionFilterType. Unknown values are kept as they are.</summary>
    /// <remarks>ECR API model shape <c>ImageTagMutabilityExclusionFilterType</c>.</remarks>
    public readonly struct ImageTagMutabilityExclusionFilterType : IEquatable<ImageTagMutabilityExclusionFilterType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ImageTagMutabilityExclusionFilterType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>WILDCARD</c></summary>
        public static ImageTagMutabilityExclusionFilterType Wildcard { get; } = new ImageTagMutabilityExclusionFilterType("WILDCARD");

        /// <summary>The values listed by the ECR API model, in its order.</summary>
        public static ImageTagMutabilityExclusionFilterType[] KnownValues => new[] { Wildcard };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "WILDCARD":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ImageTagMutabilityExclusionFilterType left, ImageTagMutabilityExclusionFilterType right) => left.Equals(right);

        public static bool operator !=(ImageTagMutabilityExclusionFilterType left, ImageTagMutabilityExclusionFilterType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ImageTagMutabilityExclusionFilterType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ImageTagMutabilityExclusionFilterType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
