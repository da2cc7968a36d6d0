using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2028SystemControlsTests
    {
        private static string Sysctl(string name, string value = "1") =>
            "\"systemControls\": [{ \"namespace\": \"" + name + "\", \"value\": \"" + value + "\" }]";

        [Theory]
        [InlineData("vm.swappiness")]
        [InlineData("kernel.pid_max")]
        [InlineData("")]
        public void Fires_on_non_namespaced_sysctls(string name) =>
            RuleAssert.Fires(RuleIds.SystemControls, Tdk2Json.Ec2(Tdk2Json.Container("web", Sysctl(name))), "/containerDefinitions/0/systemControls/0/namespace", RuleSeverity.Error);

        [Fact]
        public void Fires_on_net_sysctls_in_host_mode() =>
            RuleAssert.Fires(RuleIds.SystemControls, Tdk2Json.Ec2(Tdk2Json.Container("web", Sysctl("net.core.somaxconn")), "\"networkMode\": \"host\","), "/containerDefinitions/0/systemControls/0/namespace");

        [Fact]
        public void Fires_on_ipc_sysctls_with_ipc_mode_host() =>
            RuleAssert.Fires(RuleIds.SystemControls, Tdk2Json.Ec2(Tdk2Json.Container("web", Sysctl("kernel.shmmax")), "\"ipcMode\": \"host\","), "/containerDefinitions/0/systemControls/0/namespace");

        [Fact]
        public void Warns_on_conflicting_values_in_awsvpc() =>
            RuleAssert.Fires(
                RuleIds.SystemControls,
                Tdk2Json.Fargate(Tdk2Json.Container("a", Sysctl("net.core.somaxconn", "1024")) + "," + Tdk2Json.Container("b", Sysctl("net.core.somaxconn", "4096"))),
                "/containerDefinitions/1/systemControls/0/value",
                RuleSeverity.Warning);

        [Fact]
        public void Silent_on_valid_sysctls()
        {
            RuleAssert.Silent(RuleIds.SystemControls, Tdk2Json.Ec2(Tdk2Json.Container("web", "\"systemControls\": [{ \"namespace\": \"net.ipv4.tcp_keepalive_time\", \"value\": \"60\" }, { \"namespace\": \"fs.mqueue.msg_max\", \"value\": \"10\" }, { \"namespace\": \"kernel.shm_rmid_forced\", \"value\": \"1\" }]")));
            RuleAssert.Silent(RuleIds.SystemControls, Tdk2Json.Fargate(Tdk2Json.Container("a", Sysctl("net.core.somaxconn", "1024")) + "," + Tdk2Json.Container("b", Sysctl("net.core.somaxconn", "1024"))));
        }
    }
}
