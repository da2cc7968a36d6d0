using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Builders.Description;
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
        [Adds("properties", "name=name", "value=value")]
        public ProxyConfigurationBuilder Property(string name, string value)
        {
            (Configuration.Properties ??= new List<NameValuePair>()).Add(new NameValuePair { Name = name, Value = value });
            return this;
        }

        /// <summary><c>IgnoredUID</c>: the user ID of the proxy, whose traffic is not redirected.</summary>
        [Adds("properties", "name='IgnoredUID'", "value=uid")]
        public ProxyConfigurationBuilder IgnoredUid(int uid) => Property("IgnoredUID", Text(uid));

        /// <summary><c>IgnoredGID</c>: the group ID of the proxy, whose traffic is not redirected.</summary>
        [Adds("properties", "name='IgnoredGID'", "value=gid")]
        public ProxyConfigurationBuilder IgnoredGid(int gid) => Property("IgnoredGID", Text(gid));

        /// <summary><c>AppPorts</c>: the ports the application listens on.</summary>
        [Adds("properties", "name='AppPorts'", "value=ports")]
        public ProxyConfigurationBuilder AppPorts(params int[] ports) => Property("AppPorts", Join(ports));

        /// <summary><c>ProxyIngressPort</c>: where inbound traffic to the app ports is redirected.</summary>
        [Adds("properties", "name='ProxyIngressPort'", "value=port")]
        public ProxyConfigurationBuilder ProxyIngressPort(int port) => Property("ProxyIngressPort", Text(port));

        /// <summary><c>ProxyEgressPort</c>: where outbound traffic is redirected.</summary>
        [Adds("properties", "name='ProxyEgressPort'", "value=port")]
        public ProxyConfigurationBuilder ProxyEgressPort(int port) => Property("ProxyEgressPort", Text(port));

        /// <summary><c>EgressIgnoredPorts</c>: outbound ports that bypass the proxy.</summary>
        [Adds("properties", "name='EgressIgnoredPorts'", "value=ports")]
        public ProxyConfigurationBuilder EgressIgnoredPorts(params int[] ports) => Property("EgressIgnoredPorts", Join(ports));

        /// <summary><c>EgressIgnoredIPs</c>: outbound addresses that bypass the proxy (e.g. <c>169.254.170.2</c>, <c>169.254.169.254</c>).</summary>
        [Adds("properties", "name='EgressIgnoredIPs'", "value=addresses")]
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
