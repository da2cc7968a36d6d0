using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The header matching rules for test traffic routing in Amazon ECS blue/green deployments.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectTestTrafficHeaderMatchRules</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectTestTrafficHeaderMatchRules : IHasAdditionalMembers
    {
        /// <summary>The exact value that the HTTP header must match for the test traffic routing rule to apply.</summary>
        /// <remarks>JSON member <c>exact</c> (required by the API).</remarks>
        public string? Exact { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectTestTrafficHeaderMatchRules",
            typeof(ServiceConnectTestTrafficHeaderMatchRules),
            () => new ServiceConnectTestTrafficHeaderMatchRules(),
            new[]
            {
                MemberSchema.Scalar("exact", SchemaKind.String, true, o => ((ServiceConnectTestTrafficHeaderMatchRules)o).Exact, (o, v) => ((ServiceConnectTestTrafficHeaderMatchRules)o).Exact = (string?)v),
            });
    }
}
