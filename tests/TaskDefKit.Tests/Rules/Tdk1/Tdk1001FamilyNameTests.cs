using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1001FamilyNameTests
    {
        private static string WithFamily(string familyMember) => $$"""
            {
              {{familyMember}}
              "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }]
            }
            """;

        [Fact]
        public void Fires_when_family_is_missing() =>
            RuleAssert.Fires(RuleIds.FamilyName, WithFamily(string.Empty), "/family", RuleSeverity.Error);

        [Fact]
        public void Fires_when_family_is_empty() =>
            RuleAssert.Fires(RuleIds.FamilyName, WithFamily("\"family\": \"\","), "/family", RuleSeverity.Error);

        [Theory]
        [InlineData("my.app")]
        [InlineData("my app")]
        [InlineData("app:1")]
        [InlineData("{{family}}")]
        [InlineData("café")]
        public void Fires_on_invalid_characters(string family)
        {
            var found = RuleAssert.Fires(RuleIds.FamilyName, WithFamily("\"family\": \"" + family + "\","), "/family", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains(family, found[0].Message);
        }

        [Fact]
        public void Fires_when_longer_than_255() =>
            RuleAssert.Fires(RuleIds.FamilyName, WithFamily("\"family\": \"" + new string('a', 256) + "\","), "/family");

        [Theory]
        [InlineData("web")]
        [InlineData("My_App-2")]
        [InlineData("0")]
        public void Silent_on_valid_names(string family) =>
            RuleAssert.Silent(RuleIds.FamilyName, WithFamily("\"family\": \"" + family + "\","));

        [Fact]
        public void Silent_at_exactly_255_characters() =>
            RuleAssert.Silent(RuleIds.FamilyName, WithFamily("\"family\": \"" + new string('a', 255) + "\","));
    }
}
