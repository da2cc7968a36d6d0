using System;

namespace TaskDefKit.Model
{
    /// <summary>ECS API enumeration LogDriver. Unknown values are kept as they are.</summary>
    /// <remarks>ECS API model shape <c>LogDriver</c>.</remarks>
    public readonly struct LogDriver : IEquatable<LogDriver>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public LogDriver(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>json-file</c></summary>
        public static LogDriver JsonFile { get; } = new LogDriver("json-file");

        /// <summary><c>syslog</c></summary>
        public static LogDriver Syslog { get; } = new LogDriver("syslog");

        /// <summary><c>journald</c></summary>
        public static LogDriver Journald { get; } = new LogDriver("journald");

        /// <summary><c>gelf</c></summary>
        public static LogDriver Gelf { get; } = new LogDriver("gelf");

        /// <summary><c>fluentd</c></summary>
        public static LogDriver Fluentd { get; } = new LogDriver("fluentd");

        /// <summary><c>awslogs</c></summary>
        public static LogDriver Awslogs { get; } = new LogDriver("awslogs");

        /// <summary><c>splunk</c></summary>
        public static LogDriver Splunk { get; } = new LogDriver("splunk");

        /// <summary><c>awsfirelens</c></summary>
        public static LogDriver Awsfirelens { get; } = new LogDriver("awsfirelens");

        /// <summary>The values listed by the ECS API model, in its order.</summary>
        public static LogDriver[] KnownValues => new[] { JsonFile, Syslog, Journald, Gelf, Fluentd, Awslogs, Splunk, Awsfirelens };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "json-file":
                    case "syslog":
                    case "journald":
                    case "gelf":
                    case "fluentd":
                    case "awslogs":
                    case "splunk":
                    case "awsfirelens":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(LogDriver left, LogDriver right) => left.Equals(right);

        public static bool operator !=(LogDriver left, LogDriver right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(LogDriver other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is LogDriver other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
