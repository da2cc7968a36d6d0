using System.Collections.Generic;
using TaskDefKit.Builders.Description;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Builders.Services
{
    /// <summary>
    /// Builds <c>serviceConnectConfiguration</c>: the Service Connect namespace the service joins and, for a service that
    /// others call, the named port mappings it publishes (a <c>portMappings[].name</c> of the task definition).
    /// </summary>
    public sealed class ServiceConnectBuilder
    {
        internal ServiceConnectBuilder(string? namespaceName)
        {
            Configuration = new ServiceConnectConfiguration { Enabled = true, Namespace = namespaceName };
        }

        /// <summary>The configuration being built (the same object each time).</summary>
        public ServiceConnectConfiguration Configuration { get; }

        /// <summary>
        /// Publishes the port mapping named <paramref name="portName"/>. Clients reach it at
        /// <paramref name="dnsName"/>:<paramref name="clientPort"/> (when given; otherwise at the discovery name and the
        /// container port).
        /// </summary>
        [Adds("services", "portName=portName", "discoveryName=discoveryName?", At = "portName", Unreadable = new[] { "clientAliases" })]
        public ServiceConnectBuilder Service(string portName, int? clientPort = null, string? dnsName = null, string? discoveryName = null)
        {
            var service = new ServiceConnectService { PortName = portName, DiscoveryName = discoveryName };
            if (clientPort != null || dnsName != null)
            {
                service.ClientAliases = new List<ServiceConnectClientAlias> { new ServiceConnectClientAlias { Port = clientPort, DnsName = dnsName } };
            }

            (Configuration.Services ??= new List<ServiceConnectService>()).Add(service);
            return this;
        }

        /// <summary>Sets the Service Connect proxy's <c>logConfiguration</c> (e.g. an <c>awslogs</c> configuration).</summary>
        [Sets("logConfiguration=logConfiguration")]
        public ServiceConnectBuilder ProxyLogs(LogConfiguration logConfiguration)
        {
            Configuration.LogConfiguration = logConfiguration;
            return this;
        }
    }
}
