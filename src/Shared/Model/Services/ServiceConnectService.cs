using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The Service Connect service object configuration.</summary>
    /// <remarks>ECS API model shape <c>ServiceConnectService</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceConnectService : IHasAdditionalMembers
    {
        /// <summary>The portName must match the name of one of the portMappings from all the containers in the task definition of this Amazon ECS service.</summary>
        /// <remarks>JSON member <c>portName</c> (required by the API).</remarks>
        public string? PortName { get; set; }

        /// <summary>The discoveryName is the name of the new Cloud Map service that Amazon ECS creates for this Amazon ECS service.</summary>
        /// <remarks>JSON member <c>discoveryName</c>.</remarks>
        public string? DiscoveryName { get; set; }

        /// <summary>The list of client aliases for this Service Connect service.</summary>
        /// <remarks>JSON member <c>clientAliases</c>.</remarks>
        public List<ServiceConnectClientAlias>? ClientAliases { get; set; }

        /// <summary>The port number for the Service Connect proxy to listen on.</summary>
        /// <remarks>JSON member <c>ingressPortOverride</c>.</remarks>
        public int? IngressPortOverride { get; set; }

        /// <summary>A reference to an object that represents the configured timeouts for Service Connect.</summary>
        /// <remarks>JSON member <c>timeout</c>.</remarks>
        public TimeoutConfiguration? Timeout { get; set; }

        /// <summary>A reference to an object that represents a Transport Layer Security (TLS) configuration.</summary>
        /// <remarks>JSON member <c>tls</c>.</remarks>
        public ServiceConnectTlsConfiguration? Tls { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceConnectService",
            typeof(ServiceConnectService),
            () => new ServiceConnectService(),
            new[]
            {
                MemberSchema.Scalar("portName", SchemaKind.String, true, o => ((ServiceConnectService)o).PortName, (o, v) => ((ServiceConnectService)o).PortName = (string?)v),
                MemberSchema.Scalar("discoveryName", SchemaKind.String, false, o => ((ServiceConnectService)o).DiscoveryName, (o, v) => ((ServiceConnectService)o).DiscoveryName = (string?)v),
                MemberSchema.List("clientAliases", false, SchemaKind.Object, () => new List<global::TaskDefKit.Model.Services.ServiceConnectClientAlias>(), o => ((ServiceConnectService)o).ClientAliases, (o, v) => ((ServiceConnectService)o).ClientAliases = (List<global::TaskDefKit.Model.Services.ServiceConnectClientAlias>?)v, elementSchema: () => global::TaskDefKit.Model.Services.ServiceConnectClientAlias.Schema),
                MemberSchema.Scalar("ingressPortOverride", SchemaKind.Integer, false, o => ((ServiceConnectService)o).IngressPortOverride, (o, v) => ((ServiceConnectService)o).IngressPortOverride = (int?)v),
                MemberSchema.Object("timeout", false, () => TimeoutConfiguration.Schema, o => ((ServiceConnectService)o).Timeout, (o, v) => ((ServiceConnectService)o).Timeout = (TimeoutConfiguration?)v),
                MemberSchema.Object("tls", false, () => ServiceConnectTlsConfiguration.Schema, o => ((ServiceConnectService)o).Tls, (o, v) => ((ServiceConnectService)o).Tls = (ServiceConnectTlsConfiguration?)v),
            });
    }
}
