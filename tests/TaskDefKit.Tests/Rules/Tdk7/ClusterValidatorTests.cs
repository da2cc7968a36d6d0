using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class ClusterValidatorTests
    {
        [Fact]
        public void Findings_come_in_rule_id_order_with_pointers_into_the_cluster()
        {
            var cluster = new ClusterDefinition
            {
                ClusterName = "prod",
                CapacityProviders = new List<string> { "FARGATE" },
                DefaultCapacityProviderStrategy = new List<CapacityProviderStrategyItem>
                {
                    new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 2000 },
                    new CapacityProviderStrategyItem { CapacityProvider = "FARGATE_SPOT", Weight = 1 },
                },
            };
            Assert.Equal(
                new[] { "TDK7001 /defaultCapacityProviderStrategy/0/weight", "TDK7016 /settings", "TDK7017 /defaultCapacityProviderStrategy/1/capacityProvider" },
                ClusterValidator.Validate(cluster).Select(d => d.RuleId + " " + d.Pointer));
        }

        [Fact]
        public void The_security_profile_raises_container_insights_to_a_warning()
        {
            var cluster = new ClusterDefinition { ClusterName = "prod" };
            Assert.Equal(RuleSeverity.Info, Assert.Single(ClusterValidator.Validate(cluster)).Severity);
            Assert.Equal(RuleSeverity.Warning, Assert.Single(ClusterValidator.Validate(cluster, new ValidationOptions { Profile = RuleProfile.Security })).Severity);
        }
    
        [Fact]
        public void Null_entries_do_not_throw()
        {
            var cluster = new ClusterDefinition
            {
                Settings = new List<ClusterSetting> { null!, new ClusterSetting { Name = ClusterSettingName.ContainerInsights, Value = "enabled" } },
                CapacityProviders = new List<string> { null! },
                DefaultCapacityProviderStrategy = new List<CapacityProviderStrategyItem> { null!, new CapacityProviderStrategyItem { CapacityProvider = "FARGATE", Weight = 1 } },
            };
            Assert.Equal(new[] { "TDK7017 /defaultCapacityProviderStrategy/1/capacityProvider" }, ClusterValidator.Validate(cluster).Select(d => d.RuleId + " " + d.Pointer));
        }
    }
}
