using System;

namespace TaskDefKit.Model.Events
{
    /// <summary>EventBridge API enumeration PropagateTags. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge API model shape <c>PropagateTags</c>.</remarks>
    public readonly struct PropagateTags : IEquatable<PropagateTags>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PropagateTags(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>TASK_DEFINITION</c></summary>
        public static PropagateTags TaskDefinition { get; } = new PropagateTags("TASK_DEFINITION");

        /// <summary>The values listed by the EventBridge API model, in its order.</summary>
        public static PropagateTags[] KnownValues => new[] { TaskDefinition };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "TASK_DEFINITION":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PropagateTags left, PropagateTags right) => left.Equals(right);

        public static bool operator !=(PropagateTags left, PropagateTags right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PropagateTags other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PropagateTags other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
