using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The execute command and managed storage configuration for the cluster.</summary>
    /// <remarks>ECS API model shape <c>ClusterConfiguration</c>; members and their order follow it.</remarks>
    public sealed partial class ClusterConfiguration : IHasAdditionalMembers
    {
        /// <summary>The details of the execute command configuration.</summary>
        /// <remarks>JSON member <c>executeCommandConfiguration</c>.</remarks>
        public ExecuteCommandConfiguration? ExecuteCommandConfiguration { get; set; }

        /// <summary>The details of the managed storage configuration.</summary>
        /// <remarks>JSON member <c>managedStorageConfiguration</c>.</remarks>
        public ManagedStorageConfiguration? ManagedStorageConfiguration { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ClusterConfiguration",
            typeof(ClusterConfiguration),
            () => new ClusterConfiguration(),
            new[]
            {
                MemberSchema.Object("executeCommandConfiguration", false, () => ExecuteCommandConfiguration.Schema, o => ((ClusterConfiguration)o).ExecuteCommandConfiguration, (o, v) => ((ClusterConfiguration)o).ExecuteCommandConfiguration = (ExecuteCommandConfiguration?)v),
                MemberSchema.Object("managedStorageConfiguration", false, () => ManagedStorageConfiguration.Schema, o => ((ClusterConfiguration)o).ManagedStorageConfiguration, (o, v) => ((ClusterConfiguration)o).ManagedStorageConfiguration = (ManagedStorageConfiguration?)v),
            });
    }
}
