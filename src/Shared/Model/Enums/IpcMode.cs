using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration IpcMode. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>IpcMode</c>.</remarks>
    public readonly struct IpcMode : IEquatable<IpcMode>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public IpcMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>host</c></summary>
        public static IpcMode Host { get; } = new IpcMode("host");

        /// <summary><c>task</c></summary>
        public static IpcMode Task { get; } = new IpcMode("task");

        /// <summary><c>none</c></summary>
        public static IpcMode None { get; } = new IpcMode("none");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static IpcMode[] KnownValues => new[] { Host, Task, None };

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
                    case "none":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(IpcMode left, IpcMode right) => left.Equals(right);

        public static bool operator !=(IpcMode left, IpcMode right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(IpcMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is IpcMode other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
