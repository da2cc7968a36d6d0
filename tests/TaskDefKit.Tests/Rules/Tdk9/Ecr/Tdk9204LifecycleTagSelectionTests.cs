using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9204LifecycleTagSelectionTests
    {
        private static string Selection(string tags) =>
            EcrAssert.Policy("{ \"tagStatus\": " + tags + ", \"countType\": \"imageCountMoreThan\", \"countNumber\": 10 }");

        [Fact]
        public void Fires_on_tagged_without_a_tag_list() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, Selection("\"tagged\""), "/rules/0/selection/tagStatus");

        [Fact]
        public void Fires_on_tagged_with_both_lists() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, Selection("\"tagged\", \"tagPrefixList\": [\"prod\"], \"tagPatternList\": [\"prod*\"]"), "/rules/0/selection/tagPrefixList");

        [Fact]
        public void Fires_on_untagged_with_a_tag_list() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, Selection("\"untagged\", \"tagPrefixList\": [\"prod\"]"), "/rules/0/selection/tagPrefixList");

        [Fact]
        public void Fires_on_a_pattern_with_more_than_four_wildcards_the_aws_example() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, Selection("\"tagged\", \"tagPatternList\": [\"test*1*2*3*4*5*6\"]"), "/rules/0/selection/tagPatternList/0");

        [Fact]
        public void Fires_on_an_unknown_tag_status() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, Selection("\"TAGGED\", \"tagPatternList\": [\"prod*\"]"), "/rules/0/selection/tagStatus");

        [Fact]
        public void Fires_on_a_missing_selection() =>
            EcrAssert.Fires(RuleIds.LifecycleTagSelection, "{ \"rules\": [ { \"rulePriority\": 1, \"action\": { \"type\": \"expire\" } } ] }", "/rules/0");

        [Fact]
        public void Silent_on_the_aws_valid_four_wildcard_patterns() =>
            EcrAssert.Silent(RuleIds.LifecycleTagSelection, Selection("\"tagged\", \"tagPatternList\": [\"*test*1*2*3\", \"test*1*2*3*\"]"));

        [Fact]
        public void Silent_on_tagged_with_a_prefix_list() =>
            EcrAssert.Silent(RuleIds.LifecycleTagSelection, Selection("\"tagged\", \"tagPrefixList\": [\"prod\", \"release\"]"));
    }
}
