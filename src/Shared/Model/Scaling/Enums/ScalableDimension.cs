using System;

namespace TaskDefKit.Model.Scaling
{
    /// <summary>Application Auto Scaling API enumeration ScalableDimension. Unknown values are kept as they are.</summary>
    /// <remarks>Application Auto Scaling API model shape <c>ScalableDimension</c>.</remarks>
    public readonly struct ScalableDimension : IEquatable<ScalableDimension>, Schema.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any string; prefer the typed members for the values the API knows.</summary>
        public ScalableDimension(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>ecs:service:DesiredCount</c></summary>
        public static ScalableDimension EcsServiceDesiredCount { get; } = new ScalableDimension("ecs:service:DesiredCount");

        /// <summary><c>ec2:spot-fleet-request:TargetCapacity</c></summary>
        public static ScalableDimension Ec2SpotFleetRequestTargetCapacity { get; } = new ScalableDimension("ec2:spot-fleet-request:TargetCapacity");

        /// <summary><c>elasticmapreduce:instancegroup:InstanceCount</c></summary>
        public static ScalableDimension ElasticmapreduceInstancegroupInstanceCount { get; } = new ScalableDimension("elasticmapreduce:instancegroup:InstanceCount");

        /// <summary><c>appstream:fleet:DesiredCapacity</c></summary>
        public static ScalableDimension AppstreamFleetDesiredCapacity { get; } = new ScalableDimension("appstream:fleet:DesiredCapacity");

        /// <summary><c>dynamodb:table:ReadCapacityUnits</c></summary>
        public static ScalableDimension DynamodbTableReadCapacityUnits { get; } = new ScalableDimension("dynamodb:table:ReadCapacityUnits");

        /// <summary><c>dynamodb:table:WriteCapacityUnits</c></summary>
        public static ScalableDimension DynamodbTableWriteCapacityUnits { get; } = new ScalableDimension("dynamodb:table:WriteCapacityUnits");

        /// <summary><c>dynamodb:index:ReadCapacityUnits</c></summary>
        public static ScalableDimension DynamodbIndexReadCapacityUnits { get; } = new ScalableDimension("dynamodb:index:ReadCapacityUnits");

        /// <summary><c>dynamodb:index:WriteCapacityUnits</c></summary>
        public static ScalableDimension DynamodbIndexWriteCapacityUnits { get; } = new ScalableDimension("dynamodb:index:WriteCapacityUnits");

        /// <summary><c>rds:cluster:ReadReplicaCount</c></summary>
        public static ScalableDimension RdsClusterReadReplicaCount { get; } = new ScalableDimension("rds:cluster:ReadReplicaCount");

        /// <summary><c>sagemaker:variant:DesiredInstanceCount</c></summary>
        public static ScalableDimension SagemakerVariantDesiredInstanceCount { get; } = new ScalableDimension("sagemaker:variant:DesiredInstanceCount");

        /// <summary><c>custom-resource:ResourceType:Property</c></summary>
        public static ScalableDimension CustomResourceResourceTypeProperty { get; } = new ScalableDimension("custom-resource:ResourceType:Property");

        /// <summary><c>comprehend:document-classifier-endpoint:DesiredInferenceUnits</c></summary>
        public static ScalableDimension ComprehendDocumentClassifierEndpointDesiredInferenceUnits { get; } = new ScalableDimension("comprehend:document-classifier-endpoint:DesiredInferenceUnits");

        /// <summary><c>comprehend:entity-recognizer-endpoint:DesiredInferenceUnits</c></summary>
        public static ScalableDimension ComprehendEntityRecognizerEndpointDesiredInferenceUnits { get; } = new ScalableDimension("comprehend:entity-recognizer-endpoint:DesiredInferenceUnits");

        /// <summary><c>lambda:function:ProvisionedConcurrency</c></summary>
        public static ScalableDimension LambdaFunctionProvisionedConcurrency { get; } = new ScalableDimension("lambda:function:ProvisionedConcurrency");

        /// <summary><c>cassandra:table:ReadCapacityUnits</c></summary>
        public static ScalableDimension CassandraTableReadCapacityUnits { get; } = new ScalableDimension("cassandra:table:ReadCapacityUnits");

        /// <summary><c>cassandra:table:WriteCapacityUnits</c></summary>
        public static ScalableDimension CassandraTableWriteCapacityUnits { get; } = new ScalableDimension("cassandra:table:WriteCapacityUnits");

        /// <summary><c>kafka:broker-storage:VolumeSize</c></summary>
        public static ScalableDimension KafkaBrokerStorageVolumeSize { get; } = new ScalableDimension("kafka:broker-storage:VolumeSize");

        /// <summary><c>elasticache:cache-cluster:Nodes</c></summary>
        public static ScalableDimension ElasticacheCacheClusterNodes { get; } = new ScalableDimension("elasticache:cache-cluster:Nodes");

        /// <summary><c>elasticache:replication-group:NodeGroups</c></summary>
        public static ScalableDimension ElasticacheReplicationGroupNodeGroups { get; } = new ScalableDimension("elasticache:replication-group:NodeGroups");

        /// <summary><c>elasticache:replication-group:Replicas</c></summary>
        public static ScalableDimension ElasticacheReplicationGroupReplicas { get; } = new ScalableDimension("elasticache:replication-group:Replicas");

        /// <summary><c>neptune:cluster:ReadReplicaCount</c></summary>
        public static ScalableDimension NeptuneClusterReadReplicaCount { get; } = new ScalableDimension("neptune:cluster:ReadReplicaCount");

        /// <summary><c>sagemaker:variant:DesiredProvisionedConcurrency</c></summary>
        public static ScalableDimension SagemakerVariantDesiredProvisionedConcurrency { get; } = new ScalableDimension("sagemaker:variant:DesiredProvisionedConcurrency");

        /// <summary><c>sagemaker:inference-component:DesiredCopyCount</c></summary>
        public static ScalableDimension SagemakerInferenceComponentDesiredCopyCount { get; } = new ScalableDimension("sagemaker:inference-component:DesiredCopyCount");

        /// <summary><c>workspaces:workspacespool:DesiredUserSessions</c></summary>
        public static ScalableDimension WorkspacesWorkspacespoolDesiredUserSessions { get; } = new ScalableDimension("workspaces:workspacespool:DesiredUserSessions");

        /// <summary>The values listed by the Application Auto Scaling API model, in its order.</summary>
        public static ScalableDimension[] KnownValues => new[] { EcsServiceDesiredCount, Ec2SpotFleetRequestTargetCapacity, ElasticmapreduceInstancegroupInstanceCount, AppstreamFleetDesiredCapacity, DynamodbTableReadCapacityUnits, DynamodbTableWriteCapacityUnits, DynamodbIndexReadCapacityUnits, DynamodbIndexWriteCapacityUnits, RdsClusterReadReplicaCount, SagemakerVariantDesiredInstanceCount, CustomResourceResourceTypeProperty, ComprehendDocumentClassifierEndpointDesiredInferenceUnits, ComprehendEntityRecognizerEndpointDesiredInferenceUnits, LambdaFunctionProvisionedConcurrency, CassandraTableReadCapacityUnits, CassandraTableWriteCapacityUnits, KafkaBrokerStorageVolumeSize, ElasticacheCacheClusterNodes, ElasticacheReplicationGroupNodeGroups, ElasticacheReplicationGroupReplicas, NeptuneClusterReadReplicaCount, SagemakerVariantDesiredProvisionedConcurrency, SagemakerInferenceComponentDesiredCopyCount, WorkspacesWorkspacespoolDesiredUserSessions };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsKnown
        {
            get
            {
                switch (_value)
                {
                    case "ecs:service:DesiredCount":
                    case "ec2:spot-fleet-request:TargetCapacity":
                    case "elasticmapreduce:instancegroup:InstanceCount":
                    case "appstream:fleet:DesiredCapacity":
                    case "dynamodb:table:ReadCapacityUnits":
                    case "dynamodb:table:WriteCapacityUnits":
                    case "dynamodb:index:ReadCapacityUnits":
                    case "dynamodb:index:WriteCapacityUnits":
                    case "rds:cluster:ReadReplicaCount":
                    case "sagemaker:variant:DesiredInstanceCount":
                    case "custom-resource:ResourceType:Property":
                    case "comprehend:document-classifier-endpoint:DesiredInferenceUnits":
                    case "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits":
                    case "lambda:function:ProvisionedConcurrency":
                    case "cassandra:table:ReadCapacityUnits":
                    case "cassandra:table:WriteCapacityUnits":
                    case "kafka:broker-storage:VolumeSize":
                    case "elasticache:cache-cluster:Nodes":
                    case "elasticache:replication-group:NodeGroups":
                    case "elasticache:replication-group:Replicas":
                    case "neptune:cluster:ReadReplicaCount":
                    case "sagemaker:variant:DesiredProvisionedConcurrency":
                    case "sagemaker:inference-component:DesiredCopyCount":
                    case "workspaces:workspacespool:DesiredUserSessions":
                        return true;
                    default:
                        return false;
                }
            }
        }

        public static bool operator ==(ScalableDimension left, ScalableDimension right) => left.Equals(right);

        public static bool operator !=(ScalableDimension left, ScalableDimension right) => !left.Equals(right);

        /// <inheritdoc />
        public bool Equals(ScalableDimension other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is ScalableDimension other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
