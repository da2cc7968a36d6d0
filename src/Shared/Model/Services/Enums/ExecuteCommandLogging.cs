using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration ExecuteCommandLogging. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>ExecuteCommandLogging</c>.</remarks>
    public readonly struct ExecuteCommandLogging : IEquatable<ExecuteCommandLogging>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ExecuteCommandLogging(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>NONE</c></summary>
        public static ExecuteCommandLogging None { get; } = new ExecuteCommandLogging("NONE");

        /// <summary><c>DEFAULT</c></summary>
        public static ExecuteCommandLogging Default { get; } = new ExecuteCommandLogging("DEFAULT");

        /// <summary><c>OVERRIDE</c></summary>
        public static ExecuteCommandLogging Override { get; } = new ExecuteCommandLogging("OVERRIDE");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static ExecuteCommandLogging[] KnownValues => new[] { None, Default, Override };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "NONE":
                    case "DEFAULT":
                    case "OVERRIDE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ExecuteCommandLogging left, ExecuteCommandLogging right) => left.Equals(right);

        public static bool operator !=(ExecuteCommandLogging left, ExecuteCommandLogging right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ExecuteCommandLogging other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ExecuteCommandLogging other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
