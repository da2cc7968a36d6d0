using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2020FargateUnsupportedContainerParameterTests
    {
        [Theory]
        [InlineData("\"disableNetworking\": true", "disableNetworking")]
        [InlineData("\"dnsSearchDomains\": [\"example.com\"]", "dnsSearchDomains")]
        [InlineData("\"dnsServers\": [\"10.0.0.2\"]", "dnsServers")]
        [InlineData("\"dockerSecurityOptions\": [\"no-new-privileges\"]", "dockerSecurityOptions")]
        [InlineData("\"extraHosts\": [{ \"hostname\": \"a\", \"ipAddress\": \"10.0.0.1\" }]", "extraHosts")]
        [InlineData("\"links\": [\"x\"]", "links")]
        [InlineData("\"privileged\": true", "privileged")]
        [InlineData("\"resourceRequirements\": [{ \"type\": \"GPU\", \"value\": \"1\" }]", "resourceRequirements/0/type")]
        [InlineData("\"linuxParameters\": { \"devices\": [{ \"hostPath\": \"/dev/fuse\" }] }", "linuxParameters/devices")]
        [InlineData("\"linuxParameters\": { \"sharedMemorySize\": 64 }", "linuxParameters/sharedMemorySize")]
        [InlineData("\"linuxParameters\": { \"tmpfs\": [{ \"containerPath\": \"/tmp\", \"size\": 64 }] }", "linuxParameters/tmpfs")]
        [InlineData("\"linuxParameters\": { \"maxSwap\": 0 }", "linuxParameters/maxSwap")]
        [InlineData("\"linuxParameters\": { \"swappiness\": 10 }", "linuxParameters/swappiness")]
        [InlineData("\"linuxParameters\": { \"capabilities\": { \"add\": [\"SYS_PTRACE\", \"NET_ADMIN\"] } }", "linuxParameters/capabilities/add/1")]
        public void Fires_on_unsupported_parameters(string members, string pointer) =>
            RuleAssert.Fires(RuleIds.FargateUnsupportedContainerParameter, Tdk2Json.Fargate(Tdk2Json.Container("web", members)), "/containerDefinitions/0/" + pointer, RuleSeverity.Error);

        [Fact]
        public void Fires_with_a_fargate_target_launch_type() =>
            RuleAssert.Fires(
                RuleIds.FargateUnsupportedContainerParameter,
                Tdk2Json.Ec2(Tdk2Json.Container("web", "\"privileged\": true")),
                "/containerDefinitions/0/privileged",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });

        [Fact]
        public void Silent_on_supported_values_and_on_ec2()
        {
            string members = "\"privileged\": false, \"dnsServers\": [], \"linuxParameters\": { \"initProcessEnabled\": true, \"capabilities\": { \"add\": [\"SYS_PTRACE\"], \"drop\": [\"ALL\"] } }";
            RuleAssert.Silent(RuleIds.FargateUnsupportedContainerParameter, Tdk2Json.Fargate(Tdk2Json.Container("web", members)));
            RuleAssert.Silent(RuleIds.FargateUnsupportedContainerParameter, Tdk2Json.Ec2(Tdk2Json.Container("web", "\"privileged\": true")));
        }
    }
}
