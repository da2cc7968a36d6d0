using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The HTTP header rules used to identify and route test traffic during Amazon ECS blue/green deployments.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectTestTrafficHeaderRules</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectTestTrafficHeaderRules : IHasAdditionalMembers
    {
        /// <summary>The name of the HTTP header to examine for test traffic routing.</summary>
        /// <remarks>JSON member <c>name</c> (required by the API).</remarks>
        public string? Name { get; set; }

        /// <summary>The header value matching configuration that determines how the HTTP header value is evaluated for test traffic routing decisions.</summary>
        /// <remarks>JSON member <c>value</c>.</remarks>
        public ServiceConnectTestTrafficHeaderMatchRules? Value { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectTestTrafficHeaderRules",
            typeof(ServiceConnectTestTrafficHeaderRules),
            () => new ServiceConnectTestTrafficHeaderRules(),
            new[]
            {
                MemberSchema.Scalar("name", SchemaKind.String, true, o => ((ServiceConnectTestTrafficHeaderRules)o).Name, (o, v) => ((ServiceConnectTestTrafficHeaderRules)o).Name = (string?)v),
                MemberSchema.Object("value", false, () => ServiceConnectTestTrafficHeaderMatchRules.Schema, o => ((ServiceConnectTestTrafficHeaderRules)o).Value, (o, v) => ((ServiceConnectTestTrafficHeaderRules)o).Value = (ServiceConnectTestTrafficHeaderMatchRules?)v),
            });
    }
}
