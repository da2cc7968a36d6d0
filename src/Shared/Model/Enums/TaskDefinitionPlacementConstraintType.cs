using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration TaskDefinitionPlacementConstraintType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>TaskDefinitionPlacementConstraintType</c>.</remarks>
    public readonly struct TaskDefinitionPlacementConstraintType : IEquatable<TaskDefinitionPlacementConstraintType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public TaskDefinitionPlacementConstraintType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>memberOf</c></summary>
        public static TaskDefinitionPlacementConstraintType MemberOf { get; } = new TaskDefinitionPlacementConstraintType("memberOf");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static TaskDefinitionPlacementConstraintType[] KnownValues => new[] { MemberOf };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "memberOf":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(TaskDefinitionPlacementConstraintType left, TaskDefinitionPlacementConstraintType right) => left.Equals(right);

        public static bool operator !=(TaskDefinitionPlacementConstraintType left, TaskDefinitionPlacementConstraintType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(TaskDefinitionPlacementConstraintType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TaskDefinitionPlacementConstraintType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
