using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9208LifecycleExpiresReferencedTagTests
    {
        private const string Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:prod-42";

        private static string TaskDefinition(string image) =>
            "{ \"family\": \"web\", \"containerDefinitions\": [ { \"name\": \"app\", \"image\": \"" + image + "\", \"memory\": 512, \"essential\": true } ] }";

        private static string KeepFive(string patterns) =>
            EcrAssert.Policy("{ \"tagStatus\": \"tagged\", \"tagPatternList\": [" + patterns + "], \"countType\": \"imageCountMoreThan\", \"countNumber\": 5 }");

        private static string PutPolicy(string repository, string policy) =>
            "{ \"repositoryName\": \"" + repository + "\", \"lifecyclePolicyText\": " + System.Text.Json.JsonSerializer.Serialize(policy) + " }";

        [Fact]
        public void Fires_when_a_pattern_matches_a_tag_a_task_definition_runs()
        {
            RuleDiagnostic finding = EcrAssert.Fires(RuleIds.LifecycleExpiresReferencedTag, KeepFive("\"prod-*\""), "/rules/0/selection", TaskDefinition(Image));
            Assert.Contains("'web'", finding.Message);
            Assert.Contains(Image, finding.Message);
        }

        [Fact]
        public void Fires_for_the_repository_of_a_put_lifecycle_policy_input_pointing_into_the_text() =>
            EcrAssert.Fires(RuleIds.LifecycleExpiresReferencedTag, PutPolicy("web", KeepFive("\"prod*\"")), "/lifecyclePolicyText/rules/0/selection", TaskDefinition(Image));

        [Fact]
        public void Silent_for_another_repository_a_non_matching_pattern_a_digest_or_untagged_rules()
        {
            EcrAssert.Silent(RuleIds.LifecycleExpiresReferencedTag, PutPolicy("api", KeepFive("\"prod*\"")), TaskDefinition(Image));
            EcrAssert.Silent(RuleIds.LifecycleExpiresReferencedTag, KeepFive("\"dev-*\""), TaskDefinition(Image));
            EcrAssert.Silent(RuleIds.LifecycleExpiresReferencedTag, KeepFive("\"prod-*\""),
                TaskDefinition("123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:" + new string('a', 64)));
            EcrAssert.Silent(RuleIds.LifecycleExpiresReferencedTag, EcrAssert.Policy(EcrAssert.Untagged14Days), TaskDefinition(Image));
        }
    }
}
