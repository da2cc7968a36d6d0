using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration Scope. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>Scope</c>.</remarks>
    public readonly struct DockerVolumeScope : IEquatable<DockerVolumeScope>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public DockerVolumeScope(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>task</c></summary>
        public static DockerVolumeScope Task { get; } = new DockerVolumeScope("task");

        /// <summary><c>shared</c></summary>
        public static DockerVolumeScope Shared { get; } = new DockerVolumeScope("shared");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static DockerVolumeScope[] KnownValues => new[] { Task, Shared };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "task":
                    case "shared":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(DockerVolumeScope left, DockerVolumeScope right) => left.Equals(right);

        public static bool operator !=(DockerVolumeScope left, DockerVolumeScope right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(DockerVolumeScope other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DockerVolumeScope other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
