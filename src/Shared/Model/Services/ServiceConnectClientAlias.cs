using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients") can use to connect to this service.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectClientAlias</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectClientAlias : IHasAdditionalMembers
    {
        /// <summary>The listening port number for the Service Connect proxy.</summary>
        /// <remarks>JSON member <c>port</c> (required by the API).</remarks>
        public int? Port { get; set; }

        /// <summary>The dnsName is the name that you use in the applications of client tasks to connect to this service.</summary>
        /// <remarks>JSON member <c>dnsName</c>.</remarks>
        public string? DnsName { get; set; }

        /// <summary>The configuration for test traffic routing rules used during blue/green deployments with Amazon ECS Service Connect.</summary>
        /// <remarks>JSON member <c>testTrafficRules</c>.</remarks>
        public ServiceConnectTestTrafficRules? TestTrafficRules { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectClientAlias",
            typeof(ServiceConnectClientAlias),
            () => new ServiceConnectClientAlias(),
            new[]
            {
                MemberSchema.Scalar("port", SchemaKind.Integer, true, o => ((ServiceConnectClientAlias)o).Port, (o, v) => ((ServiceConnectClientAlias)o).Port = (int?)v),
                MemberSchema.Scalar("dnsName", SchemaKind.String, false, o => ((ServiceConnectClientAlias)o).DnsName, (o, v) => ((ServiceConnectClientAlias)o).DnsName = (string?)v),
                MemberSchema.Object("testTrafficRules", false, () => ServiceConnectTestTrafficRules.Schema, o => ((ServiceConnectClientAlias)o).TestTrafficRules, (o, v) => ((ServiceConnectClientAlias)o).TestTrafficRules = (ServiceConnectTestTrafficRules?)v),
            });
    }
}
