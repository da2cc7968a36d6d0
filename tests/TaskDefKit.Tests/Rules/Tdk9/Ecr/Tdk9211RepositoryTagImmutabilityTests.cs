using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9211RepositoryTagImmutabilityTests
    {
        [Fact]
        public void Fires_on_the_mutable_default() =>
            EcrAssert.Fires(RuleIds.RepositoryTagImmutability, "{ \"repositoryName\": \"web\" }", "/imageTagMutability");

        [Fact]
        public void Fires_on_mutable_with_exclusion() =>
            EcrAssert.Fires(RuleIds.RepositoryTagImmutability, "{ \"repositoryName\": \"web\", \"imageTagMutability\": \"MUTABLE_WITH_EXCLUSION\" }", "/imageTagMutability");

        [Fact]
        public void Silent_on_immutable_tags()
        {
            EcrAssert.Silent(RuleIds.RepositoryTagImmutability, "{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\" }");
            EcrAssert.Silent(RuleIds.RepositoryTagImmutability, "{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE_WITH_EXCLUSION\" }");
        }
    }
}
