using System;

namespace TaskDefKit.Model.Scheduler
{
    /// <summary>EventBridge Scheduler API enumeration ActionAfterCompletion. Unknown values are kept as they are.</summary>
    /// <remarks>EventBridge Scheduler API model shape <c>ActionAfterCompletion</c>.</remarks>
    public readonly struct ActionAfterCompletion : IEquatable<ActionAfterCompletion>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ActionAfterCompletion(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>NONE</c></summary>
        public static ActionAfterCompletion None { get; } = new ActionAfterCompletion("NONE");

        /// <summary><c>DELETE</c></summary>
        public static ActionAfterCompletion Delete { get; } = new ActionAfterCompletion("DELETE");

        /// <summary>The values listed by the EventBridge Scheduler API model, in its order.</summary>
        public static ActionAfterCompletion[] KnownValues => new[] { None, Delete };

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
                    case "DELETE":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ActionAfterCompletion left, ActionAfterCompletion right) => left.Equals(right);

        public static bool operator !=(ActionAfterCompletion left, ActionAfterCompletion right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ActionAfterCompletion other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ActionAfterCompletion other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
