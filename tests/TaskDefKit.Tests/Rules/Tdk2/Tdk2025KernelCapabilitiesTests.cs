using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2025KernelCapabilitiesTests
    {
        private static string With(string capabilities, string extra = "") =>
            Tdk2Json.Ec2(Tdk2Json.Container("web", extra + "\"linuxParameters\": { \"capabilities\": " + capabilities + " }"));

        [Theory]
        [InlineData("{ \"add\": [\"CAP_NET_ADMIN\"] }", "add/0")]
        [InlineData("{ \"add\": [\"net_admin\"] }", "add/0")]
        [InlineData("{ \"drop\": [\"ALL\", \"FLY\"] }", "drop/1")]
        [InlineData("{ \"drop\": [\"AUDIT_READ\"] }", "drop/0")]
        public void Fires_on_unknown_capabilities(string capabilities, string pointer) =>
            RuleAssert.Fires(RuleIds.KernelCapabilities, With(capabilities), "/containerDefinitions/0/linuxParameters/capabilities/" + pointer, RuleSeverity.Error);

        [Fact]
        public void Suggests_the_ecs_spelling()
        {
            var findings = RuleAssert.Fires(RuleIds.KernelCapabilities, With("{ \"add\": [\"CAP_NET_ADMIN\"] }"));
            Assert.Contains("'NET_ADMIN'", findings[0].Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Info_when_privileged() =>
            RuleAssert.Fires(RuleIds.KernelCapabilities, With("{ \"add\": [\"NET_ADMIN\"] }", "\"privileged\": true, "), "/containerDefinitions/0/linuxParameters/capabilities", RuleSeverity.Info);

        [Fact]
        public void Silent_on_known_capabilities() =>
            RuleAssert.Silent(RuleIds.KernelCapabilities, With("{ \"add\": [\"NET_ADMIN\", \"SYS_PTRACE\", \"AUDIT_READ\"], \"drop\": [\"ALL\"] }"));
    }
}
