using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2013DependsOnCompleteEssentialTests
    {
        private static string Task(string initMembers, string condition) =>
            Tdk2Json.Ec2(Tdk2Json.Container("init", initMembers) + "," +
                         Tdk2Json.Container("web", "\"dependsOn\": [{ \"containerName\": \"init\", \"condition\": \"" + condition + "\" }]"));

        [Theory]
        [InlineData("", "COMPLETE")]
        [InlineData("\"essential\": true", "SUCCESS")]
        public void Fires_when_target_is_essential(string initMembers, string condition) =>
            RuleAssert.Fires(RuleIds.DependsOnCompleteEssential, Task(initMembers, condition), "/containerDefinitions/1/dependsOn/0/condition", RuleSeverity.Error);

        [Theory]
        [InlineData("\"essential\": false", "COMPLETE")]
        [InlineData("\"essential\": false", "SUCCESS")]
        [InlineData("", "START")]
        public void Silent_for_non_essential_targets_or_other_conditions(string initMembers, string condition) =>
            RuleAssert.Silent(RuleIds.DependsOnCompleteEssential, Task(initMembers, condition));
    }
}
