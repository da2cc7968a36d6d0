using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration CPUArchitecture. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>CPUArchitecture</c>.</remarks>
    public readonly struct CpuArchitecture : IEquatable<CpuArchitecture>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public CpuArchitecture(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>X86_64</c></summary>
        public static CpuArchitecture X86_64 { get; } = new CpuArchitecture("X86_64");

        /// <summary><c>ARM64</c></summary>
        public static CpuArchitecture Arm64 { get; } = new CpuArchitecture("ARM64");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static CpuArchitecture[] KnownValues => new[] { X86_64, Arm64 };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "X86_64":
                    case "ARM64":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(CpuArchitecture left, CpuArchitecture right) => left.Equals(right);

        public static bool operator !=(CpuArchitecture left, CpuArchitecture right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(CpuArchitecture other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is CpuArchitecture other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
