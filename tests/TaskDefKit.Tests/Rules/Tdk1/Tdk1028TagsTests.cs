using System.Linq;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1028TagsTests
    {
        private static string WithTags(string tags) => $$"""
            {
              "family": "tagged",
              "tags": {{tags}},
              "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 64 }]
            }
            """;

        private static string Tag(string key, string value) => "{ \"key\": \"" + key + "\", \"value\": \"" + value + "\" }";

        [Fact]
        public void Fires_on_more_than_50_tags() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + string.Join(",", Enumerable.Range(0, 51).Select(i => Tag("k" + i, "v"))) + "]"), "/tags", RuleSeverity.Error);

        [Fact]
        public void Silent_on_50_tags() =>
            RuleAssert.Silent(RuleIds.Tags, WithTags("[" + string.Join(",", Enumerable.Range(0, 50).Select(i => Tag("k" + i, "v"))) + "]"));

        [Fact]
        public void Fires_on_a_missing_key() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("""[{ "value": "x" }]"""), "/tags/0/key", RuleSeverity.Error);

        [Fact]
        public void Fires_on_a_key_longer_than_128() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag(new string('k', 129), "v") + "]"), "/tags/0/key");

        [Fact]
        public void Fires_on_a_value_longer_than_256() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag("k", new string('v', 257)) + "]"), "/tags/0/value");

        [Theory]
        [InlineData("team#1")]
        [InlineData("a,b")]
        [InlineData("{{env}}")]
        [InlineData("emoji😀")]
        public void Fires_on_disallowed_characters(string key) =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag(key, "v") + "]"), "/tags/0/key");

        [Fact]
        public void Fires_on_a_disallowed_character_in_a_value() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag("owner", "a;b") + "]"), "/tags/0/value");

        [Fact]
        public void Fires_on_a_repeated_key() =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag("env", "a") + "," + Tag("env", "b") + "]"), "/tags/1/key");

        [Theory]
        [InlineData("aws:cloudformation:stack-name", "x", "/tags/0/key")]
        [InlineData("AWS:Owner", "x", "/tags/0/key")]
        [InlineData("source", "Aws:console", "/tags/0/value")]
        public void Fires_on_the_reserved_aws_prefix(string key, string value, string pointer) =>
            RuleAssert.Fires(RuleIds.Tags, WithTags("[" + Tag(key, value) + "]"), pointer);

        [Fact]
        public void Silent_on_valid_tags_with_unicode_letters_spaces_and_allowed_symbols() =>
            RuleAssert.Silent(
                RuleIds.Tags,
                WithTags("[" + Tag("Équipe nom", "données/ü_1.2:3=+-@") + "," + Tag("env", string.Empty) + "," + Tag("名前", "値 𠀋") + "," + Tag("awsome", "x") + "]"));

        [Fact]
        public void Counts_a_surrogate_pair_as_one_character() =>
            RuleAssert.Silent(RuleIds.Tags, WithTags("[" + Tag(string.Concat(Enumerable.Repeat("𠀋", 128)), "v") + "]"));

        [Fact]
        public void Silent_on_a_tag_without_value() =>
            RuleAssert.Silent(RuleIds.Tags, WithTags("""[{ "key": "env" }]"""));
    }
}
