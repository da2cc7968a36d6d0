using System;
using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds the input of <c>CreateCluster</c> (<c>aws ecs create-cluster --cli-input-json</c>) in the style of
    /// <see cref="TaskDefinitionBuilder"/>: Container Insights, capacity providers and their default strategy, ECS Exec
    /// and managed storage encryption, the Service Connect default namespace.
    /// </summary>
    /// <example>
    /// <code>
    /// ClusterBuildResult prod = ClusterBuilder.Create("prod")
    ///     .ContainerInsights()
    ///     .FargateCapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 1))
    ///     .Build();
    /// </code>
    /// </example>
    public sealed class ClusterBuilder
    {
        private readonly ClusterDefinition _cluster;

        /// <summary>Starts a cluster with the given <c>clusterName</c>.</summary>
        public ClusterBuilder(string clusterName)
        {
            _cluster = new ClusterDefinition { ClusterName = clusterName };
        }

        private ClusterBuilder(ClusterDefinition cluster)
        {
            _cluster = cluster;
        }

        /// <summary>Starts a cluster with the given <c>clusterName</c>.</summary>
        [Sets("clusterName=clusterName")]
        public static ClusterBuilder Create(string clusterName) => new ClusterBuilder(clusterName);

        /// <summary>Starts from a copy of an existing input (for example one read from JSON); the original is not changed.</summary>
        public static ClusterBuilder From(ClusterDefinition cluster) =>
            new ClusterBuilder(ModelCopy.Of(Guard.NotNull(cluster, nameof(cluster)), ClusterDefinition.Schema));

        /// <summary>Sets <c>clusterName</c>.</summary>
        [Sets("clusterName=clusterName")]
        public ClusterBuilder ClusterName(string clusterName)
        {
            _cluster.ClusterName = clusterName;
            return this;
        }

        /// <summary>Sets a cluster setting (a later call with the same name replaces the value).</summary>
        [Unreadable("settings")]
        public ClusterBuilder Setting(ClusterSettingName name, string value)
        {
            List<ClusterSetting> settings = _cluster.Settings ??= new List<ClusterSetting>();
            settings.RemoveAll(s => s?.Name == name);
            settings.Add(new ClusterSetting { Name = name, Value = value });
            return this;
        }

        /// <summary>
        /// Turns CloudWatch Container Insights on (<c>containerInsights</c> = <c>enabled</c>, or <c>enhanced</c> for
        /// per-task and per-container metrics) or off (<c>disabled</c>). AWS Security Hub control ECS.12 expects it on.
        /// </summary>
        [Unreadable("settings")]
        public ClusterBuilder ContainerInsights(bool enabled = true, bool enhanced = false) =>
            Setting(ClusterSettingName.ContainerInsights, !enabled ? "disabled" : enhanced ? "enhanced" : "enabled");

        /// <summary>Adds capacity providers to <c>capacityProviders</c> (each once).</summary>
        [Adds("capacityProviders", "capacityProviders", Unique = true)]
        public ClusterBuilder CapacityProviders(params string[] capacityProviders)
        {
            Guard.ThrowIfNull(capacityProviders, nameof(capacityProviders));
            List<string> list = _cluster.CapacityProviders ??= new List<string>();
            foreach (string provider in capacityProviders)
            {
                if (!list.Contains(provider))
                {
                    list.Add(provider);
                }
            }

            return this;
        }

        /// <summary>Sets <c>defaultCapacityProviderStrategy</c>: what services and tasks without a launch type or strategy use.</summary>
        [Unreadable("defaultCapacityProviderStrategy")]
        public ClusterBuilder DefaultCapacityProviderStrategy(CapacityStrategy strategy)
        {
            _cluster.DefaultCapacityProviderStrategy = Guard.NotNull(strategy, nameof(strategy)).Copy();
            return this;
        }

        /// <summary>
        /// Associates <c>FARGATE</c> and <c>FARGATE_SPOT</c> and, when given, makes <paramref name="defaultStrategy"/> the
        /// default strategy (services and tasks that name neither a launch type nor a strategy use it).
        /// </summary>
        [Adds("capacityProviders", "'FARGATE'", "'FARGATE_SPOT'", Unique = true)]
        [Unreadable("defaultCapacityProviderStrategy")]
        public ClusterBuilder FargateCapacityProviders(CapacityStrategy? defaultStrategy = null)
        {
            CapacityProviders(CapacityStrategy.FargateProvider, CapacityStrategy.FargateSpotProvider);
            return defaultStrategy is null ? this : DefaultCapacityProviderStrategy(defaultStrategy);
        }

        /// <summary>
        /// Sets <c>configuration.executeCommandConfiguration</c> for ECS Exec sessions: <c>logging</c> <c>OVERRIDE</c>
        /// to the CloudWatch Logs group when one is given (encrypted), <c>DEFAULT</c> otherwise; <paramref name="kmsKeyId"/>
        /// encrypts the session data.
        /// </summary>
        [Unreadable("configuration/executeCommandConfiguration")]
        public ClusterBuilder ExecuteCommand(string? kmsKeyId = null, string? cloudWatchLogGroupName = null)
        {
            var configuration = new ExecuteCommandConfiguration { KmsKeyId = kmsKeyId, Logging = ExecuteCommandLogging.Default };
            if (cloudWatchLogGroupName != null)
            {
                configuration.Logging = ExecuteCommandLogging.Override;
                configuration.LogConfiguration = new ExecuteCommandLogConfiguration { CloudWatchLogGroupName = cloudWatchLogGroupName, CloudWatchEncryptionEnabled = true };
            }

            Configuration().ExecuteCommandConfiguration = configuration;
            return this;
        }

        /// <summary>Sets <c>configuration.managedStorageConfiguration</c>: KMS keys for managed EBS volumes and Fargate ephemeral storage.</summary>
        [Replaces("configuration/managedStorageConfiguration", "kmsKeyId=kmsKeyId?", "fargateEphemeralStorageKmsKeyId=fargateEphemeralStorageKmsKeyId?")]
        public ClusterBuilder ManagedStorageEncryption(string? kmsKeyId = null, string? fargateEphemeralStorageKmsKeyId = null)
        {
            Configuration().ManagedStorageConfiguration = new ManagedStorageConfiguration { KmsKeyId = kmsKeyId, FargateEphemeralStorageKmsKeyId = fargateEphemeralStorageKmsKeyId };
            return this;
        }

        /// <summary>Sets <c>serviceConnectDefaults.namespace</c>: the AWS Cloud Map namespace Service Connect services join by default.</summary>
        [Replaces("serviceConnectDefaults", "namespace=namespaceName")]
        public ClusterBuilder ServiceConnectDefaults(string namespaceName)
        {
            _cluster.ServiceConnectDefaults = new ClusterServiceConnectDefaultsRequest { Namespace = namespaceName };
            return this;
        }

        /// <summary>Adds a tag.</summary>
        [Adds("tags", "key=key", "value=value")]
        public ClusterBuilder Tag(string key, string value)
        {
            (_cluster.Tags ??= new List<Tag>()).Add(new Tag { Key = key, Value = value });
            return this;
        }

        /// <summary>Changes the raw model directly — the escape hatch for anything the fluent methods do not cover.</summary>
        [Unreadable("")]
        public ClusterBuilder Configure(Action<ClusterDefinition> configure)
        {
            Guard.ThrowIfNull(configure, nameof(configure));
            configure(_cluster);
            return this;
        }

        /// <summary>Validates a copy of the cluster as it is now; the builder stays usable.</summary>
        /// <param name="options">Rules to ignore or re-grade; catalog defaults when null.</param>
        public ClusterBuildResult Build(ValidationOptions? options = null)
        {
            ClusterDefinition snapshot = ModelCopy.Of(_cluster, ClusterDefinition.Schema);
            return new ClusterBuildResult(snapshot, ClusterValidator.Validate(snapshot, options));
        }

        private ClusterConfiguration Configuration() => _cluster.Configuration ??= new ClusterConfiguration();
    }
}
