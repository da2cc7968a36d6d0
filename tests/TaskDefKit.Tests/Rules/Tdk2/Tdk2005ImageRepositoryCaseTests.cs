using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2005ImageRepositoryCaseTests
    {
        private static string With(string image) => Tdk2Json.Ec2(Tdk2Json.Container("web", image: image));

        [Theory]
        [InlineData("MyOrg/app:1")]
        [InlineData("PLACEHOLDER")]
        [InlineData("quay.io/Team/app")]
        public void Fires_on_upper_case_repositories(string image)
        {
            var findings = RuleAssert.Fires(RuleIds.ImageRepositoryCase, With(image), "/containerDefinitions/0/image", RuleSeverity.Warning);
            Assert.Contains("upper-case", findings[0].Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("org/my..app")]
        [InlineData("nginx:a:b")]
        [InlineData("org/-app")]
        [InlineData("org//app")]
        public void Fires_on_other_grammar_violations(string image) =>
            RuleAssert.Fires(RuleIds.ImageRepositoryCase, With(image), "/containerDefinitions/0/image", RuleSeverity.Warning);

        [Theory]
        [InlineData("nginx")]
        [InlineData("Registry.Example.com/team/app:V1")]
        [InlineData("my-org/my__app")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/MyApp:1")]
        public void Silent_on_lowercase_paths_upper_case_hosts_and_tags_and_ecr(string image) =>
            RuleAssert.Silent(RuleIds.ImageRepositoryCase, With(image));
    }
}
