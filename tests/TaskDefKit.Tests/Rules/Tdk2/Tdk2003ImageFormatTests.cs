using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2003ImageFormatTests
    {
        private static string With(string image) => Tdk2Json.Ec2(Tdk2Json.Container("web", image: image));

        [Theory]
        [InlineData("${IMAGE_URI}")]
        [InlineData("{{image}}")]
        [InlineData("<account>.dkr.ecr.us-east-1.amazonaws.com/app:1")]
        [InlineData("nginx:1.27 ")]
        public void Fires_on_characters_ecs_rejects(string image) =>
            RuleAssert.Fires(RuleIds.ImageFormat, With(image), "/containerDefinitions/0/image", RuleSeverity.Error);

        [Fact]
        public void Fires_when_longer_than_255_before_the_digest() =>
            RuleAssert.Fires(RuleIds.ImageFormat, With("registry.example.com/" + new string('a', 240)), "/containerDefinitions/0/image");

        [Theory]
        [InlineData("app@sha256:abc")]
        [InlineData("app@sha512:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        [InlineData("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        public void Fires_on_bad_digests(string image) =>
            RuleAssert.Fires(RuleIds.ImageFormat, With(image), "/containerDefinitions/0/image");

        [Fact]
        public void Placeholder_is_reported_once_and_not_by_the_other_image_rules()
        {
            var findings = RuleAssert.Fires(RuleIds.ImageFormat, With("${IMAGE}"));
            Assert.Single(findings);
            foreach (string other in new[] { RuleIds.ImageTag, RuleIds.ImageRepositoryCase, RuleIds.EcrImageUri, RuleIds.MutableImageTag })
            {
                RuleAssert.Silent(other, With("${IMAGE}"));
            }
        }

        [Theory]
        [InlineData("nginx")]
        [InlineData("quay.io/assemblyline/ubuntu:22.04")]
        [InlineData("localhost:5000/team/app#1")]
        public void Silent_on_valid_images(string image) =>
            RuleAssert.Silent(RuleIds.ImageFormat, With(image));

        [Fact]
        public void Digest_does_not_count_towards_255()
        {
            string image = "registry.example.com/" + new string('a', 230) + "@sha256:" + new string('0', 64);
            RuleAssert.Silent(RuleIds.ImageFormat, With(image));
        }
    }
}
