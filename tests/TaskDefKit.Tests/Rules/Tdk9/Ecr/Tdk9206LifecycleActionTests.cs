using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9206LifecycleActionTests
    {
        [Fact]
        public void Fires_on_an_unknown_action_type() =>
            EcrAssert.Fires(RuleIds.LifecycleAction, EcrAssert.Policy(EcrAssert.Untagged14Days, "{ \"type\": \"delete\" }"), "/rules/0/action/type");

        [Fact]
        public void Fires_on_transition_without_target_storage_class() =>
            EcrAssert.Fires(RuleIds.LifecycleAction, EcrAssert.Policy(EcrAssert.Untagged14Days, "{ \"type\": \"transition\" }"), "/rules/0/action");

        [Fact]
        public void Fires_on_expire_with_a_target_storage_class() =>
            EcrAssert.Fires(RuleIds.LifecycleAction, EcrAssert.Policy(EcrAssert.Untagged14Days, "{ \"type\": \"expire\", \"targetStorageClass\": \"archive\" }"), "/rules/0/action/targetStorageClass");

        [Fact]
        public void Fires_on_a_missing_action() =>
            EcrAssert.Fires(RuleIds.LifecycleAction, "{ \"rules\": [ { \"rulePriority\": 1, \"selection\": " + EcrAssert.Untagged14Days + " } ] }", "/rules/0");

        [Fact]
        public void Silent_on_expire_and_on_transition_to_archive()
        {
            EcrAssert.Silent(RuleIds.LifecycleAction, EcrAssert.Policy(EcrAssert.Untagged14Days));
            EcrAssert.Silent(RuleIds.LifecycleAction, EcrAssert.Policy(
                "{ \"tagStatus\": \"any\", \"countType\": \"sinceImagePulled\", \"countUnit\": \"days\", \"countNumber\": 90 }", "{ \"type\": \"transition\", \"targetStorageClass\": \"archive\" }"));
        }
    }
}
