using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6026HostNamespaceSharingTests
    {
        private const string App = """{ "name": "app", "image": "nginx", "memory": 256 }""";

        [Fact]
        public void Host_pid_mode_warns()
        {
            RuleAssert.Fires(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"pidMode\": \"host\""), "/pidMode", RuleSeverity.Warning);
        }

        [Fact]
        public void Host_ipc_mode_warns()
        {
            RuleAssert.Fires(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"ipcMode\": \"host\""), "/ipcMode", RuleSeverity.Warning);
        }

        [Fact]
        public void Task_modes_are_silent()
        {
            RuleAssert.Silent(RuleIds.HostNamespaceSharing, Tdk6Samples.Ec2(App, "\"pidMode\": \"task\", \"ipcMode\": \"none\""));
        }
    }
}
