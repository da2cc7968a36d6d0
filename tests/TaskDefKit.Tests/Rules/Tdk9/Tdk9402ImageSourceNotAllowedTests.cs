using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9402ImageSourceNotAllowedTests
    {
        private static readonly ValidationOptions s_policy = From("""
            "allowedRegistries": ["*.dkr.ecr.*.amazonaws.com"],
                "allowedRepositories": ["public.ecr.aws/aws-observability/*", "docker.io/library/nginx"]
            """);

        [Fact]
        public void Fires_for_an_image_from_another_registry_naming_the_policy_file_and_lines()
        {
            RuleDiagnostic finding = Assert.Single(RuleAssert.Fires(RuleIds.PolicyImageSource, Definition("quay.io/team/app:1.2"), "/containerDefinitions/0/image", RuleSeverity.Error, s_policy));
            Assert.Contains("comes from quay.io/team/app", finding.Message);
            Assert.Contains("policy \"allowedRegistries\" at /repo/.taskdefkit.json:3: *.dkr.ecr.*.amazonaws.com", finding.Message);
            Assert.Contains("policy \"allowedRepositories\" at /repo/.taskdefkit.json:4", finding.Message);
        }

        [Fact]
        public void Fires_for_a_Docker_Hub_image_outside_the_allowed_repositories() =>
            Assert.Contains("docker.io/library/redis", Assert.Single(RuleAssert.Fires(RuleIds.PolicyImageSource, Definition("redis:7"), options: s_policy)).Message);

        [Theory]
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2")]
        [InlineData("public.ecr.aws/aws-observability/aws-for-fluent-bit:stable")]
        [InlineData("nginx:1.27")]
        [InlineData("docker.io/library/nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000")]
        public void Silent_for_an_allowed_registry_or_repository(string image) =>
            RuleAssert.Silent(RuleIds.PolicyImageSource, Definition(image), s_policy);

        [Fact]
        public void Silent_without_a_policy_and_for_a_placeholder_image()
        {
            RuleAssert.Silent(RuleIds.PolicyImageSource, Definition("quay.io/team/app:1.2"));
            RuleAssert.Silent(RuleIds.PolicyImageSource, Definition("${IMAGE}"), s_policy);
        }
    }
}
