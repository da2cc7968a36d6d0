namespace TaskDefKit.Diff
{
    /// <summary>What a change touches, for deciding what a deploy does.</summary>
    public enum ChangeKind
    {
        /// <summary>A container's <c>image</c>.</summary>
        Image,

        /// <summary>A container's <c>environment</c>, <c>secrets</c> or <c>environmentFiles</c>.</summary>
        Environment,

        /// <summary>Task or container <c>cpu</c>, <c>memory</c>, <c>memoryReservation</c>.</summary>
        Size,

        /// <summary><c>executionRoleArn</c> or <c>taskRoleArn</c>.</summary>
        Roles,

        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>One value that differs between two task definitions after AWS's defaults are normalised away.</summary>
    public sealed class DefinitionChange
    {
        /// <summary>Creates a change.</summary>
        public DefinitionChange(string? container, string path, string? oldValue, string? newValue, ChangeKind kind)
        {
            Container = container;
            Path = path;
            OldValue = oldValue;
            NewValue = newValue;
            Kind = kind;
        }

        /// <summary>The container's name, or null for a task-level member.</summary>
        public string? Container { get; }

        /// <summary>The member within the container or task, with keys for keyed lists: <c>environment[STAGE]</c>, <c>portMappings[8080/tcp].hostPort</c>.</summary>
        public string Path { get; }

        /// <summary>The old value as compact JSON; null when the member is new.</summary>
        public string? OldValue { get; }

        /// <summary>The new value as compact JSON; null when the member was removed.</summary>
        public string? NewValue { get; }

        /// <summary>What the change touches.</summary>
        public ChangeKind Kind { get; }
    }
}
