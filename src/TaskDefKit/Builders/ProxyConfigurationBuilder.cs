using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Model;

namespace TaskDefKit.Builders
{
    /// <summary>Configures an App Mesh <c>proxyConfiguration</c>; see <see cref="TaskDefinitionBuilder.AppMeshProxy"/>.</summary>
    public sealed class ProxyConfigurationBuilder
    {
        internal ProxyConfigurationBuilder(string containerName)
        {
            Configuration = new ProxyConfiguration { Type = ProxyConfigurationType.AppMesh, ContainerName = containerName };
        }

        /// <summary>The proxy configuration being built.</summary>
        public ProxyConfiguration Configuration { get; }

        /// <summary>Adds a property as given (name/value pair).</summary>
        public ProxyConfigurationBuilder Property(string name, string value)
        {
            (Configuration.Properties ??= new List<NameValuePair>()).Add(new NameValuePair { Name = name, Value = value });
            return this;
        }

        /// <summary><c>IgnoredUID</c>: the user ID of the proxy, whose traffic is not redirected.</summary>
        public ProxyConfigurationBuilder IgnoredUid(int uid) => Property("IgnoredUID", Text(uid));

        /// <summary><c>IgnoredGID</c>: the group ID of the proxy, whose traffic is not redirected.</summary>
        public ProxyConfigurationBuilder IgnoredGid(int gid) => Property("IgnoredGID", Text(gid));

        /// <summary><c>AppPorts</c>: the ports the application listens on.</summary>
        public ProxyConfigurationBuilder AppPorts(params int[] ports) => Property("AppPorts", Join(ports));

        /// <summary><c>ProxyIngressPort</c>: where inbound traffic to the app ports is redirected.</summary>
        public ProxyConfigurationBuilder ProxyIngressPort(int port) => Property("ProxyIngressPort", Text(port));

        /// <summary><c>ProxyEgressPort</c>: where outbound traffic is redirected.</summary>
        public ProxyConfigurationBuilder ProxyEgressPort(int port) => Property("ProxyEgressPort", Text(port));

        /// <summary><c>EgressIgnoredPorts</c>: outbound ports that bypass the proxy.</summary>
        public ProxyConfigurationBuilder EgressIgnoredPorts(params int[] ports) => Property("EgressIgnoredPorts", Join(ports));

        /// <summary><c>EgressIgnoredIPs</c>: outbound addresses that bypass the proxy (e.g. <c>169.254.170.2</c>, <c>169.254.169.254</c>).</summary>
        public ProxyConfigurationBuilder EgressIgnoredIps(params string[] addresses) => Property("EgressIgnoredIPs", string.Join(",", addresses));

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Join(int[] values)
        {
            var parts = new string[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                parts[i] = Text(values[i]);
            }

            return string.Join(",", parts);
        }
    }
}
