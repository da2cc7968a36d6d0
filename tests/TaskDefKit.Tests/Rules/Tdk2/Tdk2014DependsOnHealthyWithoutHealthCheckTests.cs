using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2014DependsOnHealthyWithoutHealthCheckTests
    {
        private const string HealthCheck = "\"healthCheck\": { \"command\": [\"CMD-SHELL\", \"exit 0\"] }";

        private static string Task(string dbMembers, string condition) =>
            Tdk2Json.Ec2(Tdk2Json.Container("db", dbMembers) + "," +
                         Tdk2Json.Container("web", "\"dependsOn\": [{ \"containerName\": \"db\", \"condition\": \"" + condition + "\" }]"));

        [Fact]
        public void Fires_when_target_has_no_health_check() =>
            RuleAssert.Fires(RuleIds.DependsOnHealthyWithoutHealthCheck, Task("", "HEALTHY"), "/containerDefinitions/1/dependsOn/0/condition", RuleSeverity.Error);

        [Fact]
        public void Silent_when_target_has_a_health_check() =>
            RuleAssert.Silent(RuleIds.DependsOnHealthyWithoutHealthCheck, Task(HealthCheck, "HEALTHY"));

        [Fact]
        public void Silent_for_start() =>
            RuleAssert.Silent(RuleIds.DependsOnHealthyWithoutHealthCheck, Task("", "START"));
    }
}
