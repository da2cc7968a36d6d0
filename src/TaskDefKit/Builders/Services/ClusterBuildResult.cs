using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Builders.Services
{
    /// <summary>What <see cref="ClusterBuilder.Build"/> produced: the <c>CreateCluster</c> input and its findings.</summary>
    public sealed class ClusterBuildResult : EcsInputBuildResult<ClusterDefinition>
    {
        internal ClusterBuildResult(ClusterDefinition cluster, IReadOnlyList<RuleDiagnostic> diagnostics)
            : base(cluster, diagnostics)
        {
        }

        /// <summary>The cluster input as it was at <see cref="ClusterBuilder.Build"/>.</summary>
        public ClusterDefinition Cluster => Input;

        /// <inheritdoc />
        public override string Operation => "CreateCluster";

        private protected override string Subject => "Cluster '" + (Input.ClusterName ?? "(no clusterName)") + "'";

        /// <summary>Throws <see cref="EcsInputValidationException"/> when the input has errors; returns this otherwise.</summary>
        public ClusterBuildResult ThrowIfErrors()
        {
            ThrowIfAnyErrors();
            return this;
        }

        private protected override string Serialize(bool indented) => ServiceJson.Serialize(Input, indented);
    }
}
