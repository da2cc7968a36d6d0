using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration ResourceType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ResourceType</c>.</remarks>
    public readonly struct ResourceType : IEquatable<ResourceType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ResourceType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>GPU</c></summary>
        public static ResourceType Gpu { get; } = new ResourceType("GPU");

        /// <summary><c>InferenceAccelerator</c></summary>
        public static ResourceType InferenceAccelerator { get; } = new ResourceType("InferenceAccelerator");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ResourceType[] KnownValues => new[] { Gpu, InferenceAccelerator };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "GPU":
                    case "InferenceAccelerator":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ResourceType left, ResourceType right) => left.Equals(right);

        public static bool operator !=(ResourceType left, ResourceType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ResourceType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ResourceType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
