using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6015RepositoryCredentialsTests
    {
        private static string WithCredentials(string credentials, string extra = Tdk6Samples.ExecutionRole) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "registry.example.com/app:1", "memory": 256, "repositoryCredentials": """ + credentials + " }", extra);

        [Fact]
        public void Missing_parameter_fires()
        {
            RuleAssert.Fires(RuleIds.RepositoryCredentials, WithCredentials("{ }"), "/containerDefinitions/0/repositoryCredentials/credentialsParameter", RuleSeverity.Error);
        }

        [Fact]
        public void Ssm_arn_fires()
        {
            RuleAssert.Fires(RuleIds.RepositoryCredentials, WithCredentials("""{ "credentialsParameter": "arn:aws:ssm:us-east-1:123456789012:parameter/registry" }"""),
                "/containerDefinitions/0/repositoryCredentials/credentialsParameter");
        }

        [Fact]
        public void Missing_execution_role_fires()
        {
            var found = RuleAssert.Fires(RuleIds.RepositoryCredentials,
                WithCredentials("""{ "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf" }""", "\"cpu\": \"256\""),
                "/containerDefinitions/0/repositoryCredentials");
            Assert.Single(found);
        }

        [Fact]
        public void Secret_arn_or_name_with_role_is_silent()
        {
            RuleAssert.Silent(RuleIds.RepositoryCredentials, WithCredentials("""{ "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-AbCdEf" }"""));
            RuleAssert.Silent(RuleIds.RepositoryCredentials, WithCredentials("""{ "credentialsParameter": "prod/registry" }"""));
        }
    }
}
