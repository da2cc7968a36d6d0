using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2012DependsOnCycleTests
    {
        private static string Dep(string target) => "\"dependsOn\": [{ \"containerName\": \"" + target + "\", \"condition\": \"START\" }]";

        [Fact]
        public void Fires_on_a_two_container_cycle()
        {
            string json = Tdk2Json.Ec2(Tdk2Json.Container("a", Dep("b")) + "," + Tdk2Json.Container("b", Dep("a")));
            var findings = RuleAssert.Fires(RuleIds.DependsOnCycle, json, "/containerDefinitions/1/dependsOn/0", RuleSeverity.Error);
            Assert.Single(findings);
        }

        [Fact]
        public void Fires_on_a_three_container_cycle()
        {
            string json = Tdk2Json.Ec2(Tdk2Json.Container("a", Dep("b")) + "," + Tdk2Json.Container("b", Dep("c")) + "," + Tdk2Json.Container("c", Dep("a")));
            var findings = RuleAssert.Fires(RuleIds.DependsOnCycle, json, "/containerDefinitions/2/dependsOn/0");
            Assert.Contains("'a' → 'b' → 'c' → 'a'", findings[0].Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Silent_on_a_chain_and_on_self_dependencies()
        {
            RuleAssert.Silent(RuleIds.DependsOnCycle, Tdk2Json.Ec2(Tdk2Json.Container("a", Dep("b")) + "," + Tdk2Json.Container("b", Dep("c")) + "," + Tdk2Json.Container("c")));
            RuleAssert.Silent(RuleIds.DependsOnCycle, Tdk2Json.Ec2(Tdk2Json.Container("a", Dep("a"))));
            RuleAssert.Silent(RuleIds.DependsOnCycle, Tdk2Json.Ec2(Tdk2Json.Container("a", Dep("c")) + "," + Tdk2Json.Container("b", Dep("c")) + "," + Tdk2Json.Container("c")));
        }
    }
}
