using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6033RequiredTagKeyMissingTests
    {
        private static readonly ValidationOptions s_teamAndEnv = new ValidationOptions { RequiredTagKeys = new[] { "team", "env" } };

        private static string Tagged(string tags) => """
            { "family": "app",
            """ + tags + """
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }
            """;

        [Fact]
        public void Fires_once_per_missing_required_key()
        {
            var found = RuleAssert.Fires(RuleIds.RequiredTagKeyMissing, Tagged("""  "tags": [{ "key": "team", "value": "payments" }],"""), "/tags", RuleSeverity.Info, s_teamAndEnv);
            Assert.Contains("'env'", Assert.Single(found).Message);
        }

        [Fact]
        public void Fires_for_every_key_when_the_definition_has_no_tags()
        {
            var found = RuleAssert.Fires(RuleIds.RequiredTagKeyMissing, Tagged(""), "/tags", options: s_teamAndEnv);
            Assert.Equal(new[] { "team", "env" }, found.Select(d => Regex.Match(d.Message, "no key '([^']*)'").Groups[1].Value));
        }

        [Fact]
        public void Keys_are_case_sensitive_as_in_AWS()
        {
            var found = RuleAssert.Fires(RuleIds.RequiredTagKeyMissing,
                Tagged("""  "tags": [{ "key": "Team", "value": "payments" }, { "key": "env", "value": "prod" }],"""), options: s_teamAndEnv);
            Assert.Contains("'team'", Assert.Single(found).Message);
        }

        [Fact]
        public void Raised_to_a_warning_by_the_security_profile_as_an_ECS_15_rule()
        {
            var options = new ValidationOptions { RequiredTagKeys = new[] { "team" }, Profile = RuleProfile.Security };
            RuleAssert.Fires(RuleIds.RequiredTagKeyMissing, Tagged(""), "/tags", RuleSeverity.Warning, options);
        }

        [Fact]
        public void Silent_when_every_required_key_is_present()
        {
            RuleAssert.Silent(RuleIds.RequiredTagKeyMissing,
                Tagged("""  "tags": [{ "key": "env", "value": "" }, { "key": "team", "value": "payments" }],"""), s_teamAndEnv);
        }

        [Fact]
        public void Silent_when_no_keys_are_configured_even_without_tags()
        {
            RuleAssert.Silent(RuleIds.RequiredTagKeyMissing, Tagged(""));
            RuleAssert.Silent(RuleIds.RequiredTagKeyMissing, Tagged(""), new ValidationOptions { RequiredTagKeys = new string[0], Profile = RuleProfile.Strict });
        }

        [Fact]
        public void Page_examples_match_the_rule_with_the_keys_it_configures()
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "TDK6033.md"));
            MatchCollection blocks = Regex.Matches(page, "```json\\n(.*?)\\n```", RegexOptions.Singleline);
            Assert.Equal(2, blocks.Count);
            Assert.Contains("'env'", Assert.Single(RuleAssert.Fires(RuleIds.RequiredTagKeyMissing, blocks[0].Groups[1].Value, options: s_teamAndEnv)).Message);
            RuleAssert.Silent(RuleIds.RequiredTagKeyMissing, blocks[1].Groups[1].Value, s_teamAndEnv);
        }
    }
}
