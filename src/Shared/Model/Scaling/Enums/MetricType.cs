using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration MetricType. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>MetricType</c>.</remarks>
    public readonly struct MetricType : IEquatable<MetricType>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public MetricType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>DynamoDBReadCapacityUtilization</c></summary>
        public static MetricType DynamoDBReadCapacityUtilization { get; } = new MetricType("DynamoDBReadCapacityUtilization");

        /// <summary><c>DynamoDBWriteCapacityUtilization</c></summary>
        public static MetricType DynamoDBWriteCapacityUtilization { get; } = new MetricType("DynamoDBWriteCapacityUtilization");

        /// <summary><c>ALBRequestCountPerTarget</c></summary>
        public static MetricType ALBRequestCountPerTarget { get; } = new MetricType("ALBRequestCountPerTarget");

        /// <summary><c>RDSReaderAverageCPUUtilization</c></summary>
        public static MetricType RDSReaderAverageCPUUtilization { get; } = new MetricType("RDSReaderAverageCPUUtilization");

        /// <summary><c>RDSReaderAverageDatabaseConnections</c></summary>
        public static MetricType RDSReaderAverageDatabaseConnections { get; } = new MetricType("RDSReaderAverageDatabaseConnections");

        /// <summary><c>EC2SpotFleetRequestAverageCPUUtilization</c></summary>
        public static MetricType EC2SpotFleetRequestAverageCPUUtilization { get; } = new MetricType("EC2SpotFleetRequestAverageCPUUtilization");

        /// <summary><c>EC2SpotFleetRequestAverageNetworkIn</c></summary>
        public static MetricType EC2SpotFleetRequestAverageNetworkIn { get; } = new MetricType("EC2SpotFleetRequestAverageNetworkIn");

        /// <summary><c>EC2SpotFleetRequestAverageNetworkOut</c></summary>
        public static MetricType EC2SpotFleetRequestAverageNetworkOut { get; } = new MetricType("EC2SpotFleetRequestAverageNetworkOut");

        /// <summary><c>SageMakerVariantInvocationsPerInstance</c></summary>
        public static MetricType SageMakerVariantInvocationsPerInstance { get; } = new MetricType("SageMakerVariantInvocationsPerInstance");

        /// <summary><c>ECSServiceAverageCPUUtilization</c></summary>
        public static MetricType ECSServiceAverageCPUUtilization { get; } = new MetricType("ECSServiceAverageCPUUtilization");

        /// <summary><c>ECSServiceAverageMemoryUtilization</c></summary>
        public static MetricType ECSServiceAverageMemoryUtilization { get; } = new MetricType("ECSServiceAverageMemoryUtilization");

        /// <summary><c>AppStreamAverageCapacityUtilization</c></summary>
        public static MetricType AppStreamAverageCapacityUtilization { get; } = new MetricType("AppStreamAverageCapacityUtilization");

        /// <summary><c>ComprehendInferenceUtilization</c></summary>
        public static MetricType ComprehendInferenceUtilization { get; } = new MetricType("ComprehendInferenceUtilization");

        /// <summary><c>LambdaProvisionedConcurrencyUtilization</c></summary>
        public static MetricType LambdaProvisionedConcurrencyUtilization { get; } = new MetricType("LambdaProvisionedConcurrencyUtilization");

        /// <summary><c>CassandraReadCapacityUtilization</c></summary>
        public static MetricType CassandraReadCapacityUtilization { get; } = new MetricType("CassandraReadCapacityUtilization");

        /// <summary><c>CassandraWriteCapacityUtilization</c></summary>
        public static MetricType CassandraWriteCapacityUtilization { get; } = new MetricType("CassandraWriteCapacityUtilization");

        /// <summary><c>KafkaBrokerStorageUtilization</c></summary>
        public static MetricType KafkaBrokerStorageUtilization { get; } = new MetricType("KafkaBrokerStorageUtilization");

        /// <summary><c>ElastiCacheEngineCPUUtilization</c></summary>
        public static MetricType ElastiCacheEngineCPUUtilization { get; } = new MetricType("ElastiCacheEngineCPUUtilization");

        /// <summary><c>ElastiCacheDatabaseMemoryUsagePercentage</c></summary>
        public static MetricType ElastiCacheDatabaseMemoryUsagePercentage { get; } = new MetricType("ElastiCacheDatabaseMemoryUsagePercentage");

        /// <summary><c>ElastiCachePrimaryEngineCPUUtilization</c></summary>
        public static MetricType ElastiCachePrimaryEngineCPUUtilization { get; } = new MetricType("ElastiCachePrimaryEngineCPUUtilization");

        /// <summary><c>ElastiCacheReplicaEngineCPUUtilization</c></summary>
        public static MetricType ElastiCacheReplicaEngineCPUUtilization { get; } = new MetricType("ElastiCacheReplicaEngineCPUUtilization");

        /// <summary><c>ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage</c></summary>
        public static MetricType ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage { get; } = new MetricType("ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage");

        /// <summary><c>NeptuneReaderAverageCPUUtilization</c></summary>
        public static MetricType NeptuneReaderAverageCPUUtilization { get; } = new MetricType("NeptuneReaderAverageCPUUtilization");

        /// <summary><c>SageMakerVariantProvisionedConcurrencyUtilization</c></summary>
        public static MetricType SageMakerVariantProvisionedConcurrencyUtilization { get; } = new MetricType("SageMakerVariantProvisionedConcurrencyUtilization");

        /// <summary><c>ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage</c></summary>
        public static MetricType ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage { get; } = new MetricType("ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage");

        /// <summary><c>SageMakerInferenceComponentInvocationsPerCopy</c></summary>
        public static MetricType SageMakerInferenceComponentInvocationsPerCopy { get; } = new MetricType("SageMakerInferenceComponentInvocationsPerCopy");

        /// <summary><c>WorkSpacesAverageUserSessionsCapacityUtilization</c></summary>
        public static MetricType WorkSpacesAverageUserSessionsCapacityUtilization { get; } = new MetricType("WorkSpacesAverageUserSessionsCapacityUtilization");

        /// <summary><c>SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution</c></summary>
        public static MetricType SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution { get; } = new MetricType("SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution");

        /// <summary><c>SageMakerVariantConcurrentRequestsPerModelHighResolution</c></summary>
        public static MetricType SageMakerVariantConcurrentRequestsPerModelHighResolution { get; } = new MetricType("SageMakerVariantConcurrentRequestsPerModelHighResolution");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static MetricType[] KnownValues => new[] { DynamoDBReadCapacityUtilization, DynamoDBWriteCapacityUtilization, ALBRequestCountPerTarget, RDSReaderAverageCPUUtilization, RDSReaderAverageDatabaseConnections, EC2SpotFleetRequestAverageCPUUtilization, EC2SpotFleetRequestAverageNetworkIn, EC2SpotFleetRequestAverageNetworkOut, SageMakerVariantInvocationsPerInstance, ECSServiceAverageCPUUtilization, ECSServiceAverageMemoryUtilization, AppStreamAverageCapacityUtilization, ComprehendInferenceUtilization, LambdaProvisionedConcurrencyUtilization, CassandraReadCapacityUtilization, CassandraWriteCapacityUtilization, KafkaBrokerStorageUtilization, ElastiCacheEngineCPUUtilization, ElastiCacheDatabaseMemoryUsagePercentage, ElastiCachePrimaryEngineCPUUtilization, ElastiCacheReplicaEngineCPUUtilization, ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage, NeptuneReaderAverageCPUUtilization, SageMakerVariantProvisionedConcurrencyUtilization, ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage, SageMakerInferenceComponentInvocationsPerCopy, WorkSpacesAverageUserSessionsCapacityUtilization, SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution, SageMakerVariantConcurrentRequestsPerModelHighResolution };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "DynamoDBReadCapacityUtilization":
                    case "DynamoDBWriteCapacityUtilization":
                    case "ALBRequestCountPerTarget":
                    case "RDSReaderAverageCPUUtilization":
                    case "RDSReaderAverageDatabaseConnections":
                    case "EC2SpotFleetRequestAverageCPUUtilization":
                    case "EC2SpotFleetRequestAverageNetworkIn":
                    case "EC2SpotFleetRequestAverageNetworkOut":
                    case "SageMakerVariantInvocationsPerInstance":
                    case "ECSServiceAverageCPUUtilization":
                    case "ECSServiceAverageMemoryUtilization":
                    case "AppStreamAverageCapacityUtilization":
                    case "ComprehendInferenceUtilization":
                    case "LambdaProvisionedConcurrencyUtilization":
                    case "CassandraReadCapacityUtilization":
                    case "CassandraWriteCapacityUtilization":
                    case "KafkaBrokerStorageUtilization":
                    case "ElastiCacheEngineCPUUtilization":
                    case "ElastiCacheDatabaseMemoryUsagePercentage":
                    case "ElastiCachePrimaryEngineCPUUtilization":
                    case "ElastiCacheReplicaEngineCPUUtilization":
                    case "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage":
                    case "NeptuneReaderAverageCPUUtilization":
                    case "SageMakerVariantProvisionedConcurrencyUtilization":
                    case "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage":
                    case "SageMakerInferenceComponentInvocationsPerCopy":
                    case "WorkSpacesAverageUserSessionsCapacityUtilization":
                    case "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution":
                    case "SageMakerVariantConcurrentRequestsPerModelHighResolution":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(MetricType left, MetricType right) => left.Equals(right);

        public static bool operator !=(MetricType left, MetricType right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(MetricType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is MetricType other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
