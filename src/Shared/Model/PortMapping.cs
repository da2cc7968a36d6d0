using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Port mappings allow containers to access ports on the host container instance to send or receive traffic.</summary>
    /// <remarks>ECS API model shape <c>PortMapping</c>; members and their order follow it.</remarks>
    public sealed partial class PortMapping : IHasAdditionalMembers
    {
        /// <summary>The port number on the container that's bound to the user-specified or automatically assigned host port.</summary>
        /// <remarks>JSON member <c>containerPort</c>.</remarks>
        public int? ContainerPort { get; set; }

        /// <summary>The port number on the container instance to reserve for your container.</summary>
        /// <remarks>JSON member <c>hostPort</c>.</remarks>
        public int? HostPort { get; set; }

        /// <summary>The protocol used for the port mapping.</summary>
        /// <remarks>JSON member <c>protocol</c>.</remarks>
        public TransportProtocol? Protocol { get; set; }

        /// <summary>The name that's used for the port mapping.</summary>
        /// <remarks>JSON member <c>name</c>.</remarks>
        public string? Name { get; set; }

        /// <summary>The application protocol that's used for the port mapping.</summary>
        /// <remarks>JSON member <c>appProtocol</c>.</remarks>
        public ApplicationProtocol? AppProtocol { get; set; }

        /// <summary>The port number range on the container that's bound to the dynamically mapped host port range.</summary>
        /// <remarks>JSON member <c>containerPortRange</c>.</remarks>
        public string? ContainerPortRange { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "PortMapping",
            typeof(PortMapping),
            () => new PortMapping(),
            new[]
            {
                MemberSchema.Scalar("containerPort", SchemaKind.Integer, false, o => ((PortMapping)o).ContainerPort, (o, v) => ((PortMapping)o).ContainerPort = (int?)v),
                MemberSchema.Scalar("hostPort", SchemaKind.Integer, false, o => ((PortMapping)o).HostPort, (o, v) => ((PortMapping)o).HostPort = (int?)v),
                MemberSchema.Enum("protocol", false, s => new TransportProtocol(s), o => ((PortMapping)o).Protocol, (o, v) => ((PortMapping)o).Protocol = (TransportProtocol?)v),
                MemberSchema.Scalar("name", SchemaKind.String, false, o => ((PortMapping)o).Name, (o, v) => ((PortMapping)o).Name = (string?)v),
                MemberSchema.Enum("appProtocol", false, s => new ApplicationProtocol(s), o => ((PortMapping)o).AppProtocol, (o, v) => ((PortMapping)o).AppProtocol = (ApplicationProtocol?)v),
                MemberSchema.Scalar("containerPortRange", SchemaKind.String, false, o => ((PortMapping)o).ContainerPortRange, (o, v) => ((PortMapping)o).ContainerPortRange = (string?)v),
            });
    }
}
