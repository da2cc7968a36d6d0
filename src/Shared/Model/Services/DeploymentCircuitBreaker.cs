using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The deployment circuit breaker can only be used for services using the rolling update (ECS) deployment type.</summary>
    /// <remarks>ECS API model shape <c>DeploymentCircuitBreaker</c>; members and their order follow it.</remarks>
    public sealed partial class DeploymentCircuitBreaker : IHasAdditionalMembers
    {
        /// <summary>Determines whether to use the deployment circuit breaker logic for the service.</summary>
        /// <remarks>JSON member <c>enable</c> (required by the API).</remarks>
        public bool? Enable { get; set; }

        /// <summary>Determines whether to configure Amazon ECS to roll back the service if a service deployment fails.</summary>
        /// <remarks>JSON member <c>rollback</c> (required by the API).</remarks>
        public bool? Rollback { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "DeploymentCircuitBreaker",
            typeof(DeploymentCircuitBreaker),
            () => new DeploymentCircuitBreaker(),
            new[]
            {
                MemberSchema.Scalar("enable", SchemaKind.Boolean, true, o => ((DeploymentCircuitBreaker)o).Enable, (o, v) => ((DeploymentCircuitBreaker)o).Enable = (bool?)v),
                MemberSchema.Scalar("rollback", SchemaKind.Boolean, true, o => ((DeploymentCircuitBreaker)o).Rollback, (o, v) => ((DeploymentCircuitBreaker)o).Rollback = (bool?)v),
            });
    }
}
