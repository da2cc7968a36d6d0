using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>ClusterDefinition</summary>
    /// <remarks>ECS API model shape <c>CreateClusterRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ClusterDefinition : IHasAdditionalMembers
    {
        /// <summary>The name of your cluster.</summary>
        /// <remarks>JSON member <c>clusterName</c>.</remarks>
        public string? ClusterName { get; set; }

        /// <summary>The metadata that you apply to the cluster to help you categorize and organize them.</summary>
        /// <remarks>JSON member <c>tags</c>.</remarks>
        public List<Tag>? Tags { get; set; }

        /// <summary>The setting to use when creating a cluster.</summary>
        /// <remarks>JSON member <c>settings</c>.</remarks>
        public List<ClusterSetting>? Settings { get; set; }

        /// <summary>The execute command configuration for the cluster.</summary>
        /// <remarks>JSON member <c>configuration</c>.</remarks>
        public ClusterConfiguration? Configuration { get; set; }

        /// <summary>The short name of one or more capacity providers to associate with the cluster.</summary>
        /// <remarks>JSON member <c>capacityProviders</c>.</remarks>
        public List<string>? CapacityProviders { get; set; }

        /// <summary>The capacity provider strategy to set as the default for the cluster.</summary>
        /// <remarks>JSON member <c>defaultCapacityProviderStrategy</c>.</remarks>
        public List<CapacityProviderStrategyItem>? DefaultCapacityProviderStrategy { get; set; }

        /// <summary>Use this parameter to set a default Service Connect namespace.</summary>
        /// <remarks>JSON member <c>serviceConnectDefaults</c>.</remarks>
        public ClusterServiceConnectDefaultsRequest? ServiceConnectDefaults { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "CreateClusterRequest",
            typeof(ClusterDefinition),
            () => new ClusterDefinition(),
            new[]
            {
                MemberSchema.Scalar("clusterName", SchemaKind.String, false, o => ((ClusterDefinition)o).ClusterName, (o, v) => ((ClusterDefinition)o).ClusterName = (string?)v),
                MemberSchema.List("tags", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Tag>(), o => ((ClusterDefinition)o).Tags, (o, v) => ((ClusterDefinition)o).Tags = (List<global::TaskDefKit.Model.Tag>?)v, elementSchema: () => global::TaskDefKit.Model.Tag.Schema),
                MemberSchema.List("settings", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ClusterSetting>(), o => ((ClusterDefinition)o).Settings, (o, v) => ((ClusterDefinition)o).Settings = (List<global::TaskDefKit.Model.Services.ClusterSetting>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ClusterSetting.Schema),
                MemberSchema.Object("configuration", false, () => ClusterConfiguration.Schema, o => ((ClusterDefinition)o).Configuration, (o, v) => ((ClusterDefinition)o).Configuration = (ClusterConfiguration?)v),
                MemberSchema.List("capacityProviders", false, SchemaKind.String, () => new List<string>(), o => ((ClusterDefinition)o).CapacityProviders, (o, v) => ((ClusterDefinition)o).CapacityProviders = (List<string>?)v),
                MemberSchema.List("defaultCapacityProviderStrategy", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>(), o => ((ClusterDefinition)o).DefaultCapacityProviderStrategy, (o, v) => ((ClusterDefinition)o).DefaultCapacityProviderStrategy = (List<global::TaskDefKit.Model.Services.CapacityProviderStrategyItem>?)v, elementSchema: () => global::TaskDefKit.Model.Services.CapacityProviderStrategyItem.Schema),
                MemberSchema.Object("serviceConnectDefaults", false, () => ClusterServiceConnectDefaultsRequest.Schema, o => ((ClusterDefinition)o).ServiceConnectDefaults, (o, v) => ((ClusterDefinition)o).ServiceConnectDefaults = (ClusterServiceConnectDefaultsRequest?)v),
            });
    }
}
