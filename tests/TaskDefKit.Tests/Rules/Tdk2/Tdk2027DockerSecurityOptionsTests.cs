using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2027DockerSecurityOptionsTests
    {
        private static string With(string members) => Tdk2Json.Ec2(Tdk2Json.Container("web", members));

        [Theory]
        [InlineData("seccomp:unconfined")]
        [InlineData("label=type:foo")]
        [InlineData("apparmor:")]
        [InlineData("NO-NEW-PRIVILEGES")]
        public void Fires_on_unknown_security_options(string option) =>
            RuleAssert.Fires(RuleIds.DockerSecurityOptions, With("\"dockerSecurityOptions\": [\"" + option + "\"]"), "/containerDefinitions/0/dockerSecurityOptions/0", RuleSeverity.Error);

        [Fact]
        public void Fires_on_more_than_one_credential_spec() =>
            RuleAssert.Fires(
                RuleIds.DockerSecurityOptions,
                With("\"credentialSpecs\": [\"credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/a\", \"credentialspec:arn:aws:ssm:us-east-1:123456789012:parameter/b\"]"),
                "/containerDefinitions/0/credentialSpecs/1");

        [Theory]
        [InlineData("arn:aws:ssm:us-east-1:123456789012:parameter/spec")]
        [InlineData("credentialspec:/var/specs/spec.json")]
        [InlineData("credentialspec:arn:aws:iam::123456789012:role/x")]
        [InlineData("credentialspecdomainless:arn:aws:s3:::bucket")]
        public void Fires_on_malformed_credential_specs(string spec) =>
            RuleAssert.Fires(RuleIds.DockerSecurityOptions, With("\"credentialSpecs\": [\"" + spec + "\"]"), "/containerDefinitions/0/credentialSpecs/0", RuleSeverity.Error);

        [Fact]
        public void Silent_on_valid_values()
        {
            RuleAssert.Silent(RuleIds.DockerSecurityOptions, With("\"dockerSecurityOptions\": [\"no-new-privileges\", \"apparmor:docker-default\", \"label:type:test_virt\", \"credentialspec:file://spec.json\"]"));
            RuleAssert.Silent(RuleIds.DockerSecurityOptions, With("\"credentialSpecs\": [\"credentialspecdomainless:arn:aws:s3:::bucket/specs/spec.json\"]"));
            RuleAssert.Silent(RuleIds.DockerSecurityOptions, With("\"credentialSpecs\": [\"credentialspec:arn:aws-us-gov:ssm:us-gov-west-1:123456789012:parameter/spec\"]"));
        }

        [Fact]
        public void Leaves_fargate_security_options_to_TDK2020() =>
            RuleAssert.Silent(RuleIds.DockerSecurityOptions, Tdk2Json.Fargate(Tdk2Json.Container("web", "\"dockerSecurityOptions\": [\"seccomp:x\"]")));
    }
}
