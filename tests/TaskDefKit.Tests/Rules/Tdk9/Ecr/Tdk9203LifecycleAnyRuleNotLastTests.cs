using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9203LifecycleAnyRuleNotLastTests
    {
        private static string Policy(int anyPriority, int untaggedPriority) =>
            "{ \"rules\": [ { \"rulePriority\": " + anyPriority + ", \"selection\": { \"tagStatus\": \"any\", \"countType\": \"imageCountMoreThan\", \"countNumber\": 100 }, \"action\": { \"type\": \"expire\" } },"
            + " { \"rulePriority\": " + untaggedPriority + ", \"selection\": " + EcrAssert.Untagged14Days + ", \"action\": { \"type\": \"expire\" } } ] }";

        [Fact]
        public void Fires_when_an_any_rule_is_evaluated_before_another_rule() =>
            EcrAssert.Fires(RuleIds.LifecycleAnyRuleNotLast, Policy(1, 2), "/rules/0/rulePriority");

        [Fact]
        public void Silent_when_the_any_rule_has_the_highest_priority_wherever_it_is_written() =>
            EcrAssert.Silent(RuleIds.LifecycleAnyRuleNotLast, Policy(20, 2));
    }
}
