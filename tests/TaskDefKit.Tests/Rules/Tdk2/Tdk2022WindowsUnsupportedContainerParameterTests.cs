using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2022WindowsUnsupportedContainerParameterTests
    {
        [Theory]
        [InlineData("\"disableNetworking\": true", "disableNetworking")]
        [InlineData("\"dnsServers\": [\"10.0.0.2\"]", "dnsServers")]
        [InlineData("\"dnsSearchDomains\": [\"example.com\"]", "dnsSearchDomains")]
        [InlineData("\"extraHosts\": [{ \"hostname\": \"a\", \"ipAddress\": \"10.0.0.1\" }]", "extraHosts")]
        [InlineData("\"links\": [\"x\"]", "links")]
        [InlineData("\"linuxParameters\": {}", "linuxParameters")]
        [InlineData("\"privileged\": true", "privileged")]
        [InlineData("\"readonlyRootFilesystem\": true", "readonlyRootFilesystem")]
        [InlineData("\"ulimits\": [{ \"name\": \"nofile\", \"softLimit\": 1, \"hardLimit\": 1 }]", "ulimits")]
        [InlineData("\"systemControls\": [{ \"namespace\": \"net.core.somaxconn\", \"value\": \"1\" }]", "systemControls")]
        [InlineData("\"firelensConfiguration\": { \"type\": \"fluentbit\" }", "firelensConfiguration")]
        public void Fires_on_windows(string members, string member) =>
            RuleAssert.Fires(RuleIds.WindowsUnsupportedContainerParameter, Tdk2Json.Windows(Tdk2Json.Container("web", members)), "/containerDefinitions/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Warns_on_environment_files() =>
            RuleAssert.Fires(
                RuleIds.WindowsUnsupportedContainerParameter,
                Tdk2Json.Windows(Tdk2Json.Container("web", "\"environmentFiles\": [{ \"type\": \"s3\", \"value\": \"arn:aws:s3:::b/app.env\" }]")),
                "/containerDefinitions/0/environmentFiles",
                RuleSeverity.Warning);

        [Fact]
        public void Silent_on_linux_and_on_harmless_values()
        {
            RuleAssert.Silent(RuleIds.WindowsUnsupportedContainerParameter, Tdk2Json.Ec2(Tdk2Json.Container("web", "\"user\": \"1000\", \"privileged\": true")));
            RuleAssert.Silent(RuleIds.WindowsUnsupportedContainerParameter, Tdk2Json.Windows(Tdk2Json.Container("web", "\"privileged\": false, \"readonlyRootFilesystem\": false, \"links\": []")));

            // user is supported on Windows (Security Hub ECS.21 requires it); TDK6032 judges its value.
            RuleAssert.Silent(RuleIds.WindowsUnsupportedContainerParameter, Tdk2Json.Windows(Tdk2Json.Container("web", "\"user\": \"ContainerUser\"")));
        }
    }
}
