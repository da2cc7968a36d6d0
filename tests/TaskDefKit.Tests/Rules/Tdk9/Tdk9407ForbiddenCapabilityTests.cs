using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9407ForbiddenCapabilityTests
    {
        private static readonly ValidationOptions s_policy = From("\"forbiddenCapabilities\": [\"SYS_ADMIN\", \"CAP_NET_RAW\"]");

        private static string Adding(string capabilities) =>
            Definition("nginx:1.27", ", \"linuxParameters\": { \"capabilities\": { \"add\": [" + capabilities + "] } }");

        [Fact]
        public void Fires_for_each_forbidden_capability_added_with_or_without_the_CAP_prefix()
        {
            var findings = RuleAssert.Fires(RuleIds.PolicyForbiddenCapability, Adding("\"SYS_ADMIN\", \"SYS_PTRACE\", \"NET_RAW\""), severity: RuleSeverity.Error, options: s_policy);
            Assert.Equal(new[] { "/containerDefinitions/0/linuxParameters/capabilities/add/0", "/containerDefinitions/0/linuxParameters/capabilities/add/2" }, findings.Select(f => f.Pointer));
            Assert.Contains("policy \"forbiddenCapabilities\" at /repo/.taskdefkit.json:3", findings[0].Message);
        }

        [Fact]
        public void Fires_for_ALL() =>
            Assert.Contains("includes every capability", Assert.Single(RuleAssert.Fires(RuleIds.PolicyForbiddenCapability, Adding("\"ALL\""), options: s_policy)).Message);

        [Fact]
        public void Silent_for_other_capabilities_and_for_dropping_a_forbidden_one()
        {
            RuleAssert.Silent(RuleIds.PolicyForbiddenCapability, Adding("\"NET_BIND_SERVICE\""), s_policy);
            RuleAssert.Silent(RuleIds.PolicyForbiddenCapability,
                Definition("nginx:1.27", ", \"linuxParameters\": { \"capabilities\": { \"drop\": [\"SYS_ADMIN\"] } }"), s_policy);
        }
    }
}
