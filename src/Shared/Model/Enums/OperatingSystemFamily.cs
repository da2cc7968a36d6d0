using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration OSFamily. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>OSFamily</c>.</remarks>
    public readonly struct OperatingSystemFamily : IEquatable<OperatingSystemFamily>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public OperatingSystemFamily(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>WINDOWS_SERVER_2019_FULL</c></summary>
        public static OperatingSystemFamily WindowsServer2019Full { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2019_FULL");

        /// <summary><c>WINDOWS_SERVER_2019_CORE</c></summary>
        public static OperatingSystemFamily WindowsServer2019Core { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2019_CORE");

        /// <summary><c>WINDOWS_SERVER_2016_FULL</c></summary>
        public static OperatingSystemFamily WindowsServer2016Full { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2016_FULL");

        /// <summary><c>WINDOWS_SERVER_2004_CORE</c></summary>
        public static OperatingSystemFamily WindowsServer2004Core { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2004_CORE");

        /// <summary><c>WINDOWS_SERVER_2022_CORE</c></summary>
        public static OperatingSystemFamily WindowsServer2022Core { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2022_CORE");

        /// <summary><c>WINDOWS_SERVER_2022_FULL</c></summary>
        public static OperatingSystemFamily WindowsServer2022Full { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2022_FULL");

        /// <summary><c>WINDOWS_SERVER_2025_CORE</c></summary>
        public static OperatingSystemFamily WindowsServer2025Core { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2025_CORE");

        /// <summary><c>WINDOWS_SERVER_2025_FULL</c></summary>
        public static OperatingSystemFamily WindowsServer2025Full { get; } = new OperatingSystemFamily("WINDOWS_SERVER_2025_FULL");

        /// <summary><c>WINDOWS_SERVER_20H2_CORE</c></summary>
        public static OperatingSystemFamily WindowsServer20h2Core { get; } = new OperatingSystemFamily("WINDOWS_SERVER_20H2_CORE");

        /// <summary><c>LINUX</c></summary>
        public static OperatingSystemFamily Linux { get; } = new OperatingSystemFamily("LINUX");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static OperatingSystemFamily[] KnownValues => new[] { WindowsServer2019Full, WindowsServer2019Core, WindowsServer2016Full, WindowsServer2004Core, WindowsServer2022Core, WindowsServer2022Full, WindowsServer2025Core, WindowsServer2025Full, WindowsServer20h2Core, Linux };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "WINDOWS_SERVER_2019_FULL":
                    case "WINDOWS_SERVER_2019_CORE":
                    case "WINDOWS_SERVER_2016_FULL":
                    case "WINDOWS_SERVER_2004_CORE":
                    case "WINDOWS_SERVER_2022_CORE":
                    case "WINDOWS_SERVER_2022_FULL":
                    case "WINDOWS_SERVER_2025_CORE":
                    case "WINDOWS_SERVER_2025_FULL":
                    case "WINDOWS_SERVER_20H2_CORE":
                    case "LINUX":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(OperatingSystemFamily left, OperatingSystemFamily right) => left.Equals(right);

        public static bool operator !=(OperatingSystemFamily left, OperatingSystemFamily right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(OperatingSystemFamily other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is OperatingSystemFamily other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
