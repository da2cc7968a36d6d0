using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1026ProxyConfigurationTests
    {
        private const string FullProperties = """
            [
              { "name": "IgnoredUID", "value": "1337" },
              { "name": "ProxyIngressPort", "value": "15000" },
              { "name": "ProxyEgressPort", "value": "15001" },
              { "name": "AppPorts", "value": "9080" },
              { "name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254" },
              { "name": "EgressIgnoredPorts", "value": "" }
            ]
            """;

        private static string Mesh(string proxy, string networkMode = "\"networkMode\": \"awsvpc\",", string platform = "") => $$"""
            {
              "family": "mesh",
              {{networkMode}}
              {{platform}}
              "proxyConfiguration": {{proxy}},
              "containerDefinitions": [
                { "name": "app", "image": "busybox", "memory": 128 },
                { "name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", "memory": 256, "user": "1337" }
              ]
            }
            """;

        private static string Proxy(string containerName, string type = "APPMESH", string properties = FullProperties) =>
            "{ \"type\": \"" + type + "\", \"containerName\": \"" + containerName + "\", \"properties\": " + properties + " }";

        [Fact]
        public void Fires_when_the_container_name_is_not_in_the_task() =>
            RuleAssert.Fires(RuleIds.ProxyConfiguration, Mesh(Proxy("proxy")), "/proxyConfiguration/containerName", RuleSeverity.Error);

        [Fact]
        public void Fires_when_the_container_name_is_missing() =>
            RuleAssert.Fires(
                RuleIds.ProxyConfiguration,
                Mesh("{ \"type\": \"APPMESH\", \"properties\": " + FullProperties + " }"),
                "/proxyConfiguration/containerName",
                RuleSeverity.Error);

        [Fact]
        public void Fires_on_another_type() =>
            RuleAssert.Fires(RuleIds.ProxyConfiguration, Mesh(Proxy("envoy", "ISTIO")), "/proxyConfiguration/type", RuleSeverity.Error);

        [Fact]
        public void Fires_without_awsvpc() =>
            RuleAssert.Fires(RuleIds.ProxyConfiguration, Mesh(Proxy("envoy"), networkMode: string.Empty), "/networkMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_windows() =>
            RuleAssert.Fires(
                RuleIds.ProxyConfiguration,
                Mesh(Proxy("envoy"), platform: "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_CORE\" },"),
                "/proxyConfiguration",
                RuleSeverity.Error);

        [Fact]
        public void Missing_documented_properties_are_a_warning()
        {
            string properties = """[{ "name": "AppPorts", "value": "9080" }, { "name": "ProxyIngressPort", "value": "15000" }]""";
            var found = RuleAssert.Fires(RuleIds.ProxyConfiguration, Mesh(Proxy("envoy", properties: properties)), "/proxyConfiguration/properties", RuleSeverity.Warning);
            Assert.Single(found);
            Assert.Contains("IgnoredUID or IgnoredGID", found[0].Message);
            Assert.Contains("ProxyEgressPort", found[0].Message);
            Assert.DoesNotContain("AppPorts", found[0].Message);
        }

        [Fact]
        public void Silent_on_a_complete_app_mesh_configuration() =>
            RuleAssert.Silent(RuleIds.ProxyConfiguration, Mesh(Proxy("envoy")));

        [Fact]
        public void Silent_with_ignored_gid_instead_of_uid() =>
            RuleAssert.Silent(RuleIds.ProxyConfiguration, Mesh(Proxy("envoy", properties: FullProperties.Replace("IgnoredUID", "IgnoredGID"))));

        [Fact]
        public void Silent_without_proxy_configuration() =>
            RuleAssert.Silent(RuleIds.ProxyConfiguration, Definitions.FargateWeb);
    }
}
