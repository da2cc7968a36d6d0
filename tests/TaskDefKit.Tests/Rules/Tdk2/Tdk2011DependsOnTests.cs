using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2011DependsOnTests
    {
        private static string Task(string dependsOn) =>
            Tdk2Json.Ec2(Tdk2Json.Container("init", "\"essential\": false") + "," + Tdk2Json.Container("web", "\"dependsOn\": " + dependsOn));

        [Fact]
        public void Fires_when_container_name_is_missing() =>
            RuleAssert.Fires(RuleIds.DependsOn, Task("""[{ "condition": "START" }]"""), "/containerDefinitions/1/dependsOn/0/containerName", RuleSeverity.Error);

        [Fact]
        public void Fires_when_target_is_unknown() =>
            RuleAssert.Fires(RuleIds.DependsOn, Task("""[{ "containerName": "db", "condition": "START" }]"""), "/containerDefinitions/1/dependsOn/0/containerName");

        [Fact]
        public void Fires_when_container_depends_on_itself() =>
            RuleAssert.Fires(RuleIds.DependsOn, Task("""[{ "containerName": "web", "condition": "START" }]"""), "/containerDefinitions/1/dependsOn/0/containerName");

        [Fact]
        public void Fires_when_condition_is_missing() =>
            RuleAssert.Fires(RuleIds.DependsOn, Task("""[{ "containerName": "init" }]"""), "/containerDefinitions/1/dependsOn/0/condition");

        [Fact]
        public void Fires_on_unknown_condition() =>
            RuleAssert.Fires(RuleIds.DependsOn, Task("""[{ "containerName": "init", "condition": "success" }]"""), "/containerDefinitions/1/dependsOn/0/condition");

        [Fact]
        public void Silent_on_valid_dependencies() =>
            RuleAssert.Silent(RuleIds.DependsOn, Task("""[{ "containerName": "init", "condition": "SUCCESS" }]"""));
    }
}
