using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9403ImageNotPinnedTests
    {
        private const string Digest = "@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        private static readonly ValidationOptions s_tag = From("\"imagePinning\": \"tag\"");
        private static readonly ValidationOptions s_digest = From("\"imagePinning\": \"digest\"");

        [Theory]
        [InlineData("nginx", "has no tag")]
        [InlineData("nginx:latest", "uses the tag 'latest'")]
        public void Tag_pinning_fires_for_latest_or_no_tag_and_replaces_TDK2007(string image, string expected)
        {
            RuleDiagnostic finding = Assert.Single(RuleAssert.Fires(RuleIds.PolicyImagePinning, Definition(image), "/containerDefinitions/0/image", RuleSeverity.Error, s_tag));
            Assert.Contains(expected, finding.Message);
            Assert.Contains("policy \"imagePinning\" at /repo/.taskdefkit.json:3", finding.Message);
            RuleAssert.Silent(RuleIds.MutableImageTag, Definition(image), s_tag);
            RuleAssert.Fires(RuleIds.MutableImageTag, Definition(image));
        }

        [Fact]
        public void Digest_pinning_fires_for_a_version_tag() =>
            Assert.Contains("is not pinned by a digest", Assert.Single(RuleAssert.Fires(RuleIds.PolicyImagePinning, Definition("nginx:1.27"), options: s_digest)).Message);

        [Fact]
        public void Silent_for_a_version_tag_under_tag_pinning_and_for_a_digest_under_either()
        {
            RuleAssert.Silent(RuleIds.PolicyImagePinning, Definition("nginx:1.27"), s_tag);
            RuleAssert.Silent(RuleIds.PolicyImagePinning, Definition("nginx" + Digest), s_digest);
            RuleAssert.Silent(RuleIds.PolicyImagePinning, Definition("nginx:latest" + Digest), s_tag);
            RuleAssert.Silent(RuleIds.PolicyImagePinning, Definition("nginx:latest"));
        }
    }
}
