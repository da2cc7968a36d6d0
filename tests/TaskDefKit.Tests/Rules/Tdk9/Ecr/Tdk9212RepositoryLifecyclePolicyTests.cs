using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9212RepositoryLifecyclePolicyTests
    {
        [Fact]
        public void Fires_on_a_cloudformation_repository_without_lifecycle_policy() =>
            EcrAssert.Fires(RuleIds.RepositoryLifecyclePolicy,
                "{ \"Resources\": { \"Repo\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"RepositoryName\": \"web\" } } } }",
                "/Resources/Repo/Properties");

        [Fact]
        public void Silent_with_a_lifecycle_policy_or_on_a_create_repository_input_alone()
        {
            string policy = System.Text.Json.JsonSerializer.Serialize(EcrAssert.Policy(EcrAssert.Untagged14Days));
            EcrAssert.Silent(RuleIds.RepositoryLifecyclePolicy,
                "{ \"Resources\": { \"Repo\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"LifecyclePolicy\": { \"LifecyclePolicyText\": " + policy + " } } } } }");
            EcrAssert.Silent(RuleIds.RepositoryLifecyclePolicy, "{ \"repositoryName\": \"web\" }");
        }
    }
}
