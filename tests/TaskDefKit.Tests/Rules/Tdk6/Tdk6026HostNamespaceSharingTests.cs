using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6026HostNamespaceSharingTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Fact]
        public void Host_pid_mode_is_reported()
        {
            RuleAssert.Fires(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"pidMode\": \"host\""), "/pidMode", RuleSeverity.Info);
        }

        [Fact]
        public void Host_ipc_mode_is_reported()
        {
            RuleAssert.Fires(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"ipcMode\": \"host\""), "/ipcMode", RuleSeverity.Info);
        }

        [Fact]
        public void Task_modes_are_silent()
        {
            RuleAssert.Silent(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"pidMode\": \"task\", \"ipcMode\": \"none\""));
        }
    }
}
