using System;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Validation
{
    /// <summary>What a cluster rule needs: the CreateCluster input and <see cref="EcsInputValidationContext.Report"/>.</summary>
    public sealed class ClusterValidationContext : EcsInputValidationContext
    {
        public ClusterValidationContext(ClusterDefinition cluster, ValidationOptions? options = null)
            : base(null, options)
        {
            Cluster = cluster ?? throw new ArgumentNullException(nameof(cluster));
        }

        /// <summary>The CreateCluster input.</summary>
        public ClusterDefinition Cluster { get; }
    }
}
