using System.IO;
using System.Text.RegularExpressions;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6034NetworkModeNotAwsvpcTests
    {
        private static readonly ValidationOptions s_on = new ValidationOptions { RequireAwsvpcNetworkMode = true };

        private static string WithNetworkMode(string member) => """
            { "family": "app",
            """ + member + """
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }
            """;

        [Theory]
        [InlineData("bridge")]
        [InlineData("host")]
        [InlineData("none")]
        public void Fires_when_turned_on_and_the_mode_is_not_awsvpc(string mode)
        {
            var found = RuleAssert.Fires(RuleIds.NetworkModeNotAwsvpc, WithNetworkMode("\"networkMode\": \"" + mode + "\","), "/networkMode", RuleSeverity.Info, s_on);
            Assert.Contains("networkMode is " + mode, Assert.Single(found).Message);
        }

        [Fact]
        public void Fires_when_turned_on_and_the_mode_is_left_to_its_bridge_default()
        {
            var found = RuleAssert.Fires(RuleIds.NetworkModeNotAwsvpc, WithNetworkMode(""), "/networkMode", options: s_on);
            Assert.Contains("not set", Assert.Single(found).Message);
        }

        [Fact]
        public void Silent_for_awsvpc_when_turned_on()
        {
            RuleAssert.Silent(RuleIds.NetworkModeNotAwsvpc, WithNetworkMode("\"networkMode\": \"awsvpc\","), s_on);
        }

        [Theory]
        [InlineData(RuleProfile.Default)]
        [InlineData(RuleProfile.Security)]
        [InlineData(RuleProfile.Strict)]
        public void Off_by_default_under_every_profile(RuleProfile profile)
        {
            RuleAssert.Silent(RuleIds.NetworkModeNotAwsvpc, WithNetworkMode("\"networkMode\": \"bridge\","), new ValidationOptions { Profile = profile });
        }

        [Fact]
        public void Page_examples_match_the_rule_when_turned_on()
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "TDK6034.md"));
            MatchCollection blocks = Regex.Matches(page, "```json\\n(.*?)\\n```", RegexOptions.Singleline);
            Assert.Equal(2, blocks.Count);
            RuleAssert.Fires(RuleIds.NetworkModeNotAwsvpc, blocks[0].Groups[1].Value, options: s_on);
            RuleAssert.Silent(RuleIds.NetworkModeNotAwsvpc, blocks[1].Groups[1].Value, s_on);
            RuleAssert.Silent(RuleIds.NetworkModeNotAwsvpc, blocks[0].Groups[1].Value);
        }
    }
}
