using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model.Services
{
    /// <summary>The details for the service registry.</summary>
    /// <remarks>ECS API model shape <c>ServiceRegistry</c>; members and their order follow it.</remarks>
    public sealed partial class ServiceRegistry : IHasAdditionalMembers
    {
        /// <summary>The Amazon Resource Name (ARN) of the service registry.</summary>
        /// <remarks>JSON member <c>registryArn</c>.</remarks>
        public string? RegistryArn { get; set; }

        /// <summary>The port value used if your service discovery service specified an SRV record.</summary>
        /// <remarks>JSON member <c>port</c>.</remarks>
        public int? Port { get; set; }

        /// <summary>The container name value to be used for your service discovery service.</summary>
        /// <remarks>JSON member <c>containerName</c>.</remarks>
        public string? ContainerName { get; set; }

        /// <summary>The port value to be used for your service discovery service.</summary>
        /// <remarks>JSON member <c>containerPort</c>.</remarks>
        public int? ContainerPort { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "ServiceRegistry",
            typeof(ServiceRegistry),
            () => new ServiceRegistry(),
            new[]
            {
                MemberSchema.Scalar("registryArn", SchemaKind.String, false, o => ((ServiceRegistry)o).RegistryArn, (o, v) => ((ServiceRegistry)o).RegistryArn = (string?)v),
                MemberSchema.Scalar("port", SchemaKind.Integer, false, o => ((ServiceRegistry)o).Port, (o, v) => ((ServiceRegistry)o).Port = (int?)v),
                MemberSchema.Scalar("containerName", SchemaKind.String, false, o => ((ServiceRegistry)o).ContainerName, (o, v) => ((ServiceRegistry)o).ContainerName = (string?)v),
                MemberSchema.Scalar("containerPort", SchemaKind.Integer, false, o => ((ServiceRegistry)o).ContainerPort, (o, v) => ((ServiceRegistry)o).ContainerPort = (int?)v),
            });
    }
}
