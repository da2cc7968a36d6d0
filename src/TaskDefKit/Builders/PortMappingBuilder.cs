using TaskDefKit.Builders.Description;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures one port mapping; see <see cref="ContainerBuilder.Port"/>.</summary>
    public sealed class PortMappingBuilder
    {
        internal PortMappingBuilder(PortMapping mapping)
        {
            Mapping = mapping;
        }

        /// <summary>The port mapping being configured.</summary>
        public PortMapping Mapping { get; }

        /// <summary>Sets <c>hostPort</c>. With awsvpc and host networking it must equal the container port (or be left out).</summary>
        [Sets("hostPort=hostPort")]
        public PortMappingBuilder HostPort(int hostPort)
        {
            Mapping.HostPort = hostPort;
            return this;
        }

        /// <summary>Asks for a dynamic host port (<c>hostPort: 0</c>), chosen by ECS from the ephemeral range (bridge mode).</summary>
        [Sets("hostPort='0'")]
        public PortMappingBuilder DynamicHostPort() => HostPort(0);

        /// <summary>Sets <c>protocol</c>.</summary>
        [Sets("protocol=protocol")]
        public PortMappingBuilder Protocol(TransportProtocol protocol)
        {
            Mapping.Protocol = protocol;
            return this;
        }

        /// <summary>Sets <c>protocol</c> to <c>tcp</c> (the default when omitted).</summary>
        [Sets("protocol='tcp'")]
        public PortMappingBuilder Tcp() => Protocol(TransportProtocol.Tcp);

        /// <summary>Sets <c>protocol</c> to <c>udp</c>.</summary>
        [Sets("protocol='udp'")]
        public PortMappingBuilder Udp() => Protocol(TransportProtocol.Udp);

        /// <summary>Sets the mapping's <c>name</c>, which Service Connect refers to (lowercase letters, digits, <c>_</c>, <c>-</c>).</summary>
        [Sets("name=name")]
        public PortMappingBuilder Name(string name)
        {
            Mapping.Name = name;
            return this;
        }

        /// <summary>Sets <c>appProtocol</c> (<c>http</c>, <c>http2</c>, <c>grpc</c>) for Service Connect; needs <see cref="Name"/>.</summary>
        [Sets("appProtocol=appProtocol")]
        public PortMappingBuilder AppProtocol(ApplicationProtocol appProtocol)
        {
            Mapping.AppProtocol = appProtocol;
            return this;
        }
    }
}
