using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration ServiceNamespace. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>ServiceNamespace</c>.</remarks>
    public readonly struct ServiceNamespace : IEquatable<ServiceNamespace>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ServiceNamespace(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ecs</c></summary>
        public static ServiceNamespace Ecs { get; } = new ServiceNamespace("ecs");

        /// <summary><c>elasticmapreduce</c></summary>
        public static ServiceNamespace Elasticmapreduce { get; } = new ServiceNamespace("elasticmapreduce");

        /// <summary><c>ec2</c></summary>
        public static ServiceNamespace Ec2 { get; } = new ServiceNamespace("ec2");

        /// <summary><c>appstream</c></summary>
        public static ServiceNamespace Appstream { get; } = new ServiceNamespace("appstream");

        /// <summary><c>dynamodb</c></summary>
        public static ServiceNamespace Dynamodb { get; } = new ServiceNamespace("dynamodb");

        /// <summary><c>rds</c></summary>
        public static ServiceNamespace Rds { get; } = new ServiceNamespace("rds");

        /// <summary><c>sagemaker</c></summary>
        public static ServiceNamespace Sagemaker { get; } = new ServiceNamespace("sagemaker");

        /// <summary><c>custom-resource</c></summary>
        public static ServiceNamespace CustomResource { get; } = new ServiceNamespace("custom-resource");

        /// <summary><c>comprehend</c></summary>
        public static ServiceNamespace Comprehend { get; } = new ServiceNamespace("comprehend");

        /// <summary><c>lambda</c></summary>
        public static ServiceNamespace Lambda { get; } = new ServiceNamespace("lambda");

        /// <summary><c>cassandra</c></summary>
        public static ServiceNamespace Cassandra { get; } = new ServiceNamespace("cassandra");

        /// <summary><c>kafka</c></summary>
        public static ServiceNamespace Kafka { get; } = new ServiceNamespace("kafka");

        /// <summary><c>elasticache</c></summary>
        public static ServiceNamespace Elasticache { get; } = new ServiceNamespace("elasticache");

        /// <summary><c>neptune</c></summary>
        public static ServiceNamespace Neptune { get; } = new ServiceNamespace("neptune");

        /// <summary><c>workspaces</c></summary>
        public static ServiceNamespace Workspaces { get; } = new ServiceNamespace("workspaces");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static ServiceNamespace[] KnownValues => new[] { Ecs, Elasticmapreduce, Ec2, Appstream, Dynamodb, Rds, Sagemaker, CustomResource, Comprehend, Lambda, Cassandra, Kafka, Elasticache, Neptune, Workspaces };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ecs":
                    case "elasticmapreduce":
                    case "ec2":
                    case "appstream":
                    case "dynamodb":
                    case "rds":
                    case "sagemaker":
                    case "custom-resource":
                    case "comprehend":
                    case "lambda":
                    case "cassandra":
                    case "kafka":
                    case "elasticache":
                    case "neptune":
                    case "workspaces":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ServiceNamespace left, ServiceNamespace right) => left.Equals(right);

        public static bool operator !=(ServiceNamespace left, ServiceNamespace right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ServiceNamespace other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ServiceNamespace other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
