using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9202LifecycleRulePriorityTests
    {
        private static string Two(int first, int second) =>
            "{ \"rules\": [ { \"rulePriority\": " + first + ", \"selection\": " + EcrAssert.Untagged14Days + ", \"action\": { \"type\": \"expire\" } },"
            + " { \"rulePriority\": " + second + ", \"selection\": { \"tagStatus\": \"tagged\", \"tagPatternList\": [\"dev*\"], \"countType\": \"imageCountMoreThan\", \"countNumber\": 5 }, \"action\": { \"type\": \"expire\" } } ] }";

        [Fact]
        public void Fires_on_the_second_rule_with_a_taken_priority() =>
            EcrAssert.Fires(RuleIds.LifecycleRulePriority, Two(3, 3), "/rules/1/rulePriority");

        [Fact]
        public void Fires_on_priority_zero() =>
            EcrAssert.Fires(RuleIds.LifecycleRulePriority, Two(0, 3), "/rules/0/rulePriority");

        [Fact]
        public void Fires_on_a_missing_priority() =>
            EcrAssert.Fires(RuleIds.LifecycleRulePriority, "{ \"rules\": [ { \"selection\": " + EcrAssert.Untagged14Days + ", \"action\": { \"type\": \"expire\" } } ] }", "/rules/0");

        [Fact]
        public void Silent_on_unique_priorities_that_are_not_sequential() =>
            EcrAssert.Silent(RuleIds.LifecycleRulePriority, Two(10, 3));
    }
}
