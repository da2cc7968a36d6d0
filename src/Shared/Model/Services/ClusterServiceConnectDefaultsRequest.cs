using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Use this parameter to set a default Service Connect namespace.</summary>
    /// <remarks>ECS API model shape <c>ClusterServiceConnectDefaultsRequest</c>; members and their order follow it.</remarks>
    public sealed partial class ClusterServiceConnectDefaultsRequest : IHasAdditionalMembers
    {
        /// <summary>The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace that's used when you create a service and don't specify a Service Connect configuration.</summary>
        /// <remarks>JSON member <c>namespace</c> (required by the API).</remarks>
        public string? Namespace { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ClusterServiceConnectDefaultsRequest",
            typeof(ClusterServiceConnectDefaultsRequest),
            () => new ClusterServiceConnectDefaultsRequest(),
            new[]
            {
                MemberSchema.Scalar("namespace", SchemaKind.String, true, o => ((ClusterServiceConnectDefaultsRequest)o).Namespace, (o, v) => ((ClusterServiceConnectDefaultsRequest)o).Namespace = (string?)v),
            });
    }
}
