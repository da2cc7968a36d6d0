using System.Collections.Generic;
using TaskDefKit.Model.Schema;

namespace TaskDefKit.Model
{
    /// <summary>Hostnames and IP address entries that are added to the /etc/hosts file of a container via the extraHosts parameter of its ContainerDefinition.</summary>
    /// <remarks>ECS API model shape <c>HostEntry</c>; members and their order follow it.</remarks>
    public sealed partial class HostEntry : IHasAdditionalMembers
    {
        /// <summary>The hostname to use in the /etc/hosts entry.</summary>
        /// <remarks>JSON member <c>hostname</c> (required by the API).</remarks>
        public string? Hostname { get; set; }

        /// <summary>The IP address to use in the /etc/hosts entry.</summary>
        /// <remarks>JSON member <c>ipAddress</c> (required by the API).</remarks>
        public string? IpAddress { get; set; }

        /// <inheritdoc />
        public List<AdditionalMember>? AdditionalMembers { get; set; }

        /// <summary>The JSON members of this class in writing order.</summary>
        public static ClassSchema Schema { get; } = new ClassSchema(
            "HostEntry",
            typeof(HostEntry),
            () => new HostEntry(),
            new[]
            {
                MemberSchema.Scalar("hostname", SchemaKind.String, true, o => ((HostEntry)o).Hostname, (o, v) => ((HostEntry)o).Hostname = (string?)v),
                MemberSchema.Scalar("ipAddress", SchemaKind.String, true, o => ((HostEntry)o).IpAddress, (o, v) => ((HostEntry)o).IpAddress = (string?)v),
            });
    }
}
