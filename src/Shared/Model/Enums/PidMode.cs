using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration PidMode. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>PidMode</c>.</remarks>
    public readonly struct PidMode : IEquatable<PidMode>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public PidMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>host</c></summary>
        public static PidMode Host { get; } = new PidMode("host");

        /// <summary><c>task</c></summary>
        public static PidMode Task { get; } = new PidMode("task");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static PidMode[] KnownValues => new[] { Host, Task };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "host":
                    case "task":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(PidMode left, PidMode right) => left.Equals(right);

        public static bool operator !=(PidMode left, PidMode right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(PidMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PidMode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
