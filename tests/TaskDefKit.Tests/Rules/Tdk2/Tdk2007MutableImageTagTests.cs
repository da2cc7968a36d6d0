using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2007MutableImageTagTests
    {
        private static string With(string image, string extra = "") => Tdk2Json.Ec2(Tdk2Json.Container("web", extra, image));

        [Theory]
        [InlineData("nginx")]
        [InlineData("nginx:latest")]
        [InlineData("localhost:5000/app")]
        public void Fires_as_info_on_missing_or_latest_tag(string image) =>
            RuleAssert.Fires(RuleIds.MutableImageTag, With(image), "/containerDefinitions/0/image", RuleSeverity.Info);

        [Fact]
        public void Fires_as_error_on_unknown_version_consistency() =>
            RuleAssert.Fires(RuleIds.MutableImageTag, With("nginx:1.27", "\"versionConsistency\": \"ENABLED\""), "/containerDefinitions/0/versionConsistency", RuleSeverity.Error);

        [Theory]
        [InlineData("nginx:1.27")]
        [InlineData("nginx:latest-alpine")]
        [InlineData("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        [InlineData("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        public void Silent_on_pinned_images(string image) =>
            RuleAssert.Silent(RuleIds.MutableImageTag, With(image, "\"versionConsistency\": \"disabled\""));
    }
}
