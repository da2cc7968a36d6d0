using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration DeviceCgroupPermission. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>DeviceCgroupPermission</c>.</remarks>
    public readonly struct DeviceCgroupPermission : IEquatable<DeviceCgroupPermission>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DeviceCgroupPermission(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>read</c></summary>
        public static DeviceCgroupPermission Read { get; } = new DeviceCgroupPermission("read");

        /// <summary><c>write</c></summary>
        public static DeviceCgroupPermission Write { get; } = new DeviceCgroupPermission("write");

        /// <summary><c>mknod</c></summary>
        public static DeviceCgroupPermission Mknod { get; } = new DeviceCgroupPermission("mknod");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DeviceCgroupPermission[] KnownValues => new[] { Read, Write, Mknod };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "read":
                    case "write":
                    case "mknod":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DeviceCgroupPermission left, DeviceCgroupPermission right) => left.Equals(right);

        public static bool operator !=(DeviceCgroupPermission left, DeviceCgroupPermission right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DeviceCgroupPermission other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DeviceCgroupPermission other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
