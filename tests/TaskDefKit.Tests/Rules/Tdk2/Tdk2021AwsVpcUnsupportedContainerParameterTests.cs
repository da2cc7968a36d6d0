using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2021AwsVpcUnsupportedContainerParameterTests
    {
        private const string AwsVpc = "\"networkMode\": \"awsvpc\",";

        [Theory]
        [InlineData("\"hostname\": \"web\"", "hostname")]
        [InlineData("\"dnsServers\": [\"10.0.0.2\"]", "dnsServers")]
        [InlineData("\"dnsSearchDomains\": [\"example.com\"]", "dnsSearchDomains")]
        [InlineData("\"extraHosts\": [{ \"hostname\": \"a\", \"ipAddress\": \"10.0.0.1\" }]", "extraHosts")]
        [InlineData("\"disableNetworking\": true", "disableNetworking")]
        public void Fires_in_awsvpc_mode(string members, string member) =>
            RuleAssert.Fires(RuleIds.AwsVpcUnsupportedContainerParameter, Tdk2Json.Ec2(Tdk2Json.Container("web", members), AwsVpc), "/containerDefinitions/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Fires_for_hostname_on_fargate_but_leaves_the_rest_to_TDK2020()
        {
            RuleAssert.Fires(RuleIds.AwsVpcUnsupportedContainerParameter, Tdk2Json.Fargate(Tdk2Json.Container("web", "\"hostname\": \"web\"")), "/containerDefinitions/0/hostname");
            RuleAssert.Silent(RuleIds.AwsVpcUnsupportedContainerParameter, Tdk2Json.Fargate(Tdk2Json.Container("web", "\"dnsServers\": [\"10.0.0.2\"]")));
        }

        [Fact]
        public void Silent_in_bridge_mode() =>
            RuleAssert.Silent(RuleIds.AwsVpcUnsupportedContainerParameter, Tdk2Json.Ec2(Tdk2Json.Container("web", "\"hostname\": \"web\", \"dnsServers\": [\"10.0.0.2\"]")));
    }
}
