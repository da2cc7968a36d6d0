using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2026LinuxParametersTests
    {
        private static string With(string linux) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"linuxParameters\": " + linux));

        [Theory]
        [InlineData("{ \"maxSwap\": 0, \"swappiness\": 101 }", "swappiness")]
        [InlineData("{ \"maxSwap\": 0, \"swappiness\": -1 }", "swappiness")]
        [InlineData("{ \"maxSwap\": -1 }", "maxSwap")]
        [InlineData("{ \"tmpfs\": [{ \"size\": 64 }] }", "tmpfs/0/containerPath")]
        [InlineData("{ \"tmpfs\": [{ \"containerPath\": \"/tmp\" }] }", "tmpfs/0/size")]
        [InlineData("{ \"tmpfs\": [{ \"containerPath\": \"/tmp\", \"size\": 0 }] }", "tmpfs/0/size")]
        [InlineData("{ \"tmpfs\": [{ \"containerPath\": \"/tmp\", \"size\": 64, \"mountOptions\": [\"rw\", \"size=64m\"] }] }", "tmpfs/0/mountOptions/1")]
        [InlineData("{ \"devices\": [{ \"containerPath\": \"/dev/fuse\" }] }", "devices/0/hostPath")]
        [InlineData("{ \"devices\": [{ \"hostPath\": \"/dev/fuse\", \"permissions\": [\"read\", \"rwm\"] }] }", "devices/0/permissions/1")]
        public void Fires_as_error(string linux, string pointer) =>
            RuleAssert.Fires(RuleIds.LinuxParameters, With(linux), "/containerDefinitions/0/linuxParameters/" + pointer, RuleSeverity.Error);

        [Fact]
        public void Warns_on_swappiness_without_max_swap() =>
            RuleAssert.Fires(RuleIds.LinuxParameters, With("{ \"swappiness\": 10 }"), "/containerDefinitions/0/linuxParameters/swappiness", RuleSeverity.Warning);

        [Fact]
        public void Silent_on_valid_parameters() =>
            RuleAssert.Silent(RuleIds.LinuxParameters, With("""
                { "maxSwap": 0, "swappiness": 0, "initProcessEnabled": true,
                  "tmpfs": [{ "containerPath": "/tmp", "size": 64, "mountOptions": ["rw", "noexec", "mode"] }],
                  "devices": [{ "hostPath": "/dev/fuse", "permissions": ["read", "write", "mknod"] }] }
                """));
    }
}
