using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2030RestartPolicyTests
    {
        private static string With(string policy) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"restartPolicy\": " + policy));

        [Theory]
        [InlineData("{ \"restartAttemptPeriod\": 300 }", "enabled")]
        [InlineData("{ \"enabled\": true, \"restartAttemptPeriod\": 59 }", "restartAttemptPeriod")]
        [InlineData("{ \"enabled\": true, \"restartAttemptPeriod\": 1801 }", "restartAttemptPeriod")]
        public void Fires_as_error(string policy, string member) =>
            RuleAssert.Fires(RuleIds.RestartPolicy, With(policy), "/containerDefinitions/0/restartPolicy/" + member, RuleSeverity.Error);

        [Fact]
        public void Fires_on_more_than_50_exit_codes()
        {
            string codes = string.Join(", ", Enumerable.Range(1, 51));
            RuleAssert.Fires(RuleIds.RestartPolicy, With("{ \"enabled\": true, \"ignoredExitCodes\": [" + codes + "] }"), "/containerDefinitions/0/restartPolicy/ignoredExitCodes", RuleSeverity.Error);
        }

        [Fact]
        public void Warns_on_settings_of_a_disabled_policy() =>
            RuleAssert.Fires(RuleIds.RestartPolicy, With("{ \"enabled\": false, \"ignoredExitCodes\": [0] }"), "/containerDefinitions/0/restartPolicy/enabled", RuleSeverity.Warning);

        [Theory]
        [InlineData("{ \"enabled\": true, \"ignoredExitCodes\": [0, 137], \"restartAttemptPeriod\": 60 }")]
        [InlineData("{ \"enabled\": true, \"restartAttemptPeriod\": 1800 }")]
        [InlineData("{ \"enabled\": false }")]
        public void Silent_on_valid_policies(string policy) =>
            RuleAssert.Silent(RuleIds.RestartPolicy, With(policy));
    }
}
