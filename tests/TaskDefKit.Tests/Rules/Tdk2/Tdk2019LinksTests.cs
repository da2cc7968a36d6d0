using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2019LinksTests
    {
        private static string Bridge(string links, string extra = "") =>
            Tdk2Json.Ec2(Tdk2Json.Container("db") + "," + Tdk2Json.Container("web", "\"links\": " + links), extra);

        [Fact]
        public void Fires_on_links_outside_bridge_mode() =>
            RuleAssert.Fires(RuleIds.Links, Bridge("[\"db\"]", "\"networkMode\": \"awsvpc\","), "/containerDefinitions/1/links", RuleSeverity.Error);

        [Theory]
        [InlineData("[\"cache\"]")]
        [InlineData("[\"web\"]")]
        [InlineData("[\":alias\"]")]
        [InlineData("[\"db:bad alias\"]")]
        [InlineData("[\"db:\"]")]
        public void Fires_on_bad_entries(string links) =>
            RuleAssert.Fires(RuleIds.Links, Bridge(links), "/containerDefinitions/1/links/0", RuleSeverity.Error);

        [Fact]
        public void Fires_on_a_link_cycle()
        {
            string json = Tdk2Json.Ec2(Tdk2Json.Container("a", "\"links\": [\"b\"]") + "," + Tdk2Json.Container("b", "\"links\": [\"a:alias\"]"));
            var findings = RuleAssert.Fires(RuleIds.Links, json, "/containerDefinitions/1/links/0");
            Assert.Single(findings);
        }

        [Fact]
        public void Leaves_fargate_to_TDK2020() =>
            RuleAssert.Silent(RuleIds.Links, Tdk2Json.Fargate(Tdk2Json.Container("db") + "," + Tdk2Json.Container("web", "\"links\": [\"db\"]")));

        [Theory]
        [InlineData("[\"db\"]", "")]
        [InlineData("[\"db:database\"]", "\"networkMode\": \"bridge\",")]
        public void Silent_on_valid_bridge_links(string links, string extra) =>
            RuleAssert.Silent(RuleIds.Links, Bridge(links, extra));
    }
}
