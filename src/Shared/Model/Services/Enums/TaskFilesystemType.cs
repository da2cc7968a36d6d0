using System;

namespace TaskDefKit.Model.Services
{
    /// <summary>ECS API enumeration TaskFilesystemType. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>TaskFilesystemType</c>.</remarks>
    public readonly struct TaskFilesystemType : IEquatable<TaskFilesystemType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public TaskFilesystemType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ext3</c></summary>
        public static TaskFilesystemType Ext3 { get; } = new TaskFilesystemType("ext3");

        /// <summary><c>ext4</c></summary>
        public static TaskFilesystemType Ext4 { get; } = new TaskFilesystemType("ext4");

        /// <summary><c>xfs</c></summary>
        public static TaskFilesystemType Xfs { get; } = new TaskFilesystemType("xfs");

        /// <summary><c>ntfs</c></summary>
        public static TaskFilesystemType Ntfs { get; } = new TaskFilesystemType("ntfs");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static TaskFilesystemType[] KnownValues => new[] { Ext3, Ext4, Xfs, Ntfs };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ext3":
                    case "ext4":
                    case "xfs":
                    case "ntfs":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(TaskFilesystemType left, TaskFilesystemType right) => left.Equals(right);

        public static bool operator !=(TaskFilesystemType left, TaskFilesystemType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(TaskFilesystemType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TaskFilesystemType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
