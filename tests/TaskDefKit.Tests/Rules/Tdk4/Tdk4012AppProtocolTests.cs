using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk4
{
    public class Tdk4012AppProtocolTests
    {
        [Fact]
        public void Fires_on_an_unknown_app_protocol()
        {
            var found = RuleAssert.Fires(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "name": "web", "appProtocol": "HTTP" }]"""), "/containerDefinitions/0/portMappings/0/appProtocol", RuleSeverity.Error);
            Assert.Contains("lowercase", found[0].Message);
        }

        [Fact]
        public void Reports_an_empty_app_protocol_once_and_suggests_removing_it()
        {
            var found = RuleAssert.Fires(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.Fargate, """[{ "containerPort": 80, "appProtocol": "" }]"""), "/containerDefinitions/0/portMappings/0/appProtocol", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("remove appProtocol", found[0].Message);
        }

        [Fact]
        public void Fires_on_app_protocol_without_name()
        {
            RuleAssert.Fires(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 80, "appProtocol": "http" }]"""), "/containerDefinitions/0/portMappings/0/appProtocol");
        }

        [Fact]
        public void Fires_on_service_connect_fields_under_host()
        {
            RuleAssert.Fires(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.Host, """[{ "containerPort": 80, "name": "web", "appProtocol": "http" }]"""), "/containerDefinitions/0/portMappings/0/name");
        }

        [Fact]
        public void Warns_on_a_named_udp_mapping()
        {
            RuleAssert.Fires(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.AwsVpc, """[{ "containerPort": 53, "name": "dns", "protocol": "udp" }]"""), "/containerDefinitions/0/portMappings/0/protocol", RuleSeverity.Warning);
        }

        [Fact]
        public void Silent_on_named_mappings_under_bridge_awsvpc_and_fargate()
        {
            const string Mappings = """[{ "containerPort": 80, "name": "web", "appProtocol": "http" }, { "containerPort": 50051, "name": "rpc", "appProtocol": "grpc" }, { "containerPort": 81, "name": "h2", "appProtocol": "http2" }]""";
            RuleAssert.Silent(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.Bridge, Mappings));
            RuleAssert.Silent(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.AwsVpc, Mappings));
            RuleAssert.Silent(RuleIds.AppProtocol, Tdk4Json.Task(Tdk4Json.Fargate, Mappings));
        }
    }
}
