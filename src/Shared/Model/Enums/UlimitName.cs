using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration UlimitName. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>UlimitName</c>.</remarks>
    public readonly struct UlimitName : IEquatable<UlimitName>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public UlimitName(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>core</c></summary>
        public static UlimitName Core { get; } = new UlimitName("core");

        /// <summary><c>cpu</c></summary>
        public static UlimitName Cpu { get; } = new UlimitName("cpu");

        /// <summary><c>data</c></summary>
        public static UlimitName Data { get; } = new UlimitName("data");

        /// <summary><c>fsize</c></summary>
        public static UlimitName Fsize { get; } = new UlimitName("fsize");

        /// <summary><c>locks</c></summary>
        public static UlimitName Locks { get; } = new UlimitName("locks");

        /// <summary><c>memlock</c></summary>
        public static UlimitName Memlock { get; } = new UlimitName("memlock");

        /// <summary><c>msgqueue</c></summary>
        public static UlimitName Msgqueue { get; } = new UlimitName("msgqueue");

        /// <summary><c>nice</c></summary>
        public static UlimitName Nice { get; } = new UlimitName("nice");

        /// <summary><c>nofile</c></summary>
        public static UlimitName Nofile { get; } = new UlimitName("nofile");

        /// <summary><c>nproc</c></summary>
        public static UlimitName Nproc { get; } = new UlimitName("nproc");

        /// <summary><c>rss</c></summary>
        public static UlimitName Rss { get; } = new UlimitName("rss");

        /// <summary><c>rtprio</c></summary>
        public static UlimitName Rtprio { get; } = new UlimitName("rtprio");

        /// <summary><c>rttime</c></summary>
        public static UlimitName Rttime { get; } = new UlimitName("rttime");

        /// <summary><c>sigpending</c></summary>
        public static UlimitName Sigpending { get; } = new UlimitName("sigpending");

        /// <summary><c>stack</c></summary>
        public static UlimitName Stack { get; } = new UlimitName("stack");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static UlimitName[] KnownValues => new[] { Core, Cpu, Data, Fsize, Locks, Memlock, Msgqueue, Nice, Nofile, Nproc, Rss, Rtprio, Rttime, Sigpending, Stack };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "core":
                    case "cpu":
                    case "data":
                    case "fsize":
                    case "locks":
                    case "memlock":
                    case "msgqueue":
                    case "nice":
                    case "nofile":
                    case "nproc":
                    case "rss":
                    case "rtprio":
                    case "rttime":
                    case "sigpending":
                    case "stack":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(UlimitName left, UlimitName right) => left.Equals(right);

        public static bool operator !=(UlimitName left, UlimitName right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(UlimitName other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is UlimitName other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
