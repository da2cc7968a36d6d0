using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The test traffic routing configuration for Amazon ECS blue/green deployments.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectTestTrafficRules</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectTestTrafficRules : IHasAdditionalMembers
    {
        /// <summary>The HTTP header-based routing rules that determine which requests should be routed to the new service version during blue/green deployment testing.</summary>
        /// <remarks>JSON member <c>header</c> (required by the API).</remarks>
        public ServiceConnectTestTrafficHeaderRules? Header { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectTestTrafficRules",
            typeof(ServiceConnectTestTrafficRules),
            () => new ServiceConnectTestTrafficRules(),
            new[]
            {
                MemberSchema.Object("header", true, () => ServiceConnectTestTrafficHeaderRules.Schema, o => ((ServiceConnectTestTrafficRules)o).Header, (o, v) => ((ServiceConnectTestTrafficRules)o).Header = (ServiceConnectTestTrafficHeaderRules?)v),
            });
    }
}
