using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Tests.Rules.Tdk6;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Profiles
{
    /// <summary>ValidationOptions.Profile: hygiene advice is a suggestion by default, Security Hub controls become warnings under security, everything an error under strict.</summary>
    public class RuleProfileTests
    {
        // A container on EC2 that runs as root with a writable root filesystem and no logging, plus a privileged one on Fargate.
        private static readonly string Hygiene = Tdk6Samples.Ec2("""{ "name": "a", "image": "nginx", "memory": 256 }""");
        private static readonly string PrivilegedOnFargate = Tdk6Samples.Fargate("""{ "name": "a", "image": "nginx", "privileged": true, "readonlyRootFilesystem": true, "user": "1000" }""");

        private static RuleSeverity SeverityOf(string ruleId, string json, RuleProfile profile, IDictionary<string, RuleSeverity>? overrides = null) =>
            RuleAssert.Validate(json, new ValidationOptions { Profile = profile, SeverityOverrides = overrides }).First(d => d.RuleId == ruleId).Severity;

        [Theory]
        [InlineData(RuleProfile.Default, RuleSeverity.Info)]
        [InlineData(RuleProfile.Security, RuleSeverity.Warning)]
        [InlineData(RuleProfile.Strict, RuleSeverity.Error)]
        public void Security_hub_hygiene_rules_follow_the_profile(RuleProfile profile, RuleSeverity expected)
        {
            Assert.Equal(expected, SeverityOf(RuleIds.WritableRootFilesystem, Hygiene, profile));
            Assert.Equal(expected, SeverityOf(RuleIds.ContainerRunsAsRoot, Hygiene, profile));
            Assert.Equal(expected, SeverityOf(RuleIds.NoLogConfiguration, Hygiene, profile));
        }

        [Fact]
        public void Advice_without_a_security_hub_control_stays_a_suggestion_under_security()
        {
            Assert.Equal(RuleSeverity.Info, SeverityOf(RuleIds.NoHealthCheckOrMemoryLimit, Tdk6Samples.Ec2("""{ "name": "a", "image": "nginx", "memoryReservation": 256 }"""), RuleProfile.Security));
            Assert.Equal(RuleSeverity.Error, SeverityOf(RuleIds.NoHealthCheckOrMemoryLimit, Tdk6Samples.Ec2("""{ "name": "a", "image": "nginx", "memoryReservation": 256 }"""), RuleProfile.Strict));
        }

        [Fact]
        public void A_finding_the_rule_reports_as_an_error_stays_an_error_under_every_profile()
        {
            Assert.Equal(RuleSeverity.Error, SeverityOf(RuleIds.PrivilegedContainer, PrivilegedOnFargate, RuleProfile.Default));
            Assert.Equal(RuleSeverity.Error, SeverityOf(RuleIds.PrivilegedContainer, PrivilegedOnFargate, RuleProfile.Security));
        }

        [Fact]
        public void Severity_overrides_apply_after_the_profile()
        {
            var overrides = new Dictionary<string, RuleSeverity> { [RuleIds.WritableRootFilesystem] = RuleSeverity.Info };
            Assert.Equal(RuleSeverity.Info, SeverityOf(RuleIds.WritableRootFilesystem, Hygiene, RuleProfile.Strict, overrides));
            Assert.Equal(RuleSeverity.Error, SeverityOf(RuleIds.ContainerRunsAsRoot, Hygiene, RuleProfile.Strict, overrides));
        }

        [Fact]
        public void Security_severity_is_raised_exactly_for_rules_with_a_security_hub_control()
        {
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                bool securityHub = rule.Controls.Any(c => c.StartsWith("ECS.", System.StringComparison.Ordinal) || c.StartsWith("ECR.", System.StringComparison.Ordinal));
                RuleSeverity expected = securityHub && rule.DefaultSeverity < RuleSeverity.Warning ? RuleSeverity.Warning : rule.DefaultSeverity;
                Assert.True(expected == rule.SecuritySeverity, rule.Id);
            }

            Assert.True(RuleCatalog.Get(RuleIds.PrivilegedContainer).Implements("ecs.4"));
            Assert.False(RuleCatalog.Get(RuleIds.PrivilegedContainer).Implements("ECS.5"));
        }
    }
}
