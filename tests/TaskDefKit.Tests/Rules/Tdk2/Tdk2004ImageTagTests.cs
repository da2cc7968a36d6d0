using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2004ImageTagTests
    {
        private static string With(string image) => Tdk2Json.Ec2(Tdk2Json.Container("web", image: image));

        [Theory]
        [InlineData("nginx:.1")]
        [InlineData("nginx:-rc")]
        [InlineData("nginx:build#12")]
        [InlineData("nginx:")]
        public void Fires_on_invalid_tags(string image) =>
            RuleAssert.Fires(RuleIds.ImageTag, With(image), "/containerDefinitions/0/image", RuleSeverity.Error);

        [Fact]
        public void Fires_on_tags_over_128_characters() =>
            RuleAssert.Fires(RuleIds.ImageTag, With("nginx:" + new string('a', 129)), "/containerDefinitions/0/image");

        [Theory]
        [InlineData("nginx")]
        [InlineData("nginx:1.27.0-alpine")]
        [InlineData("localhost:5000/app")]
        [InlineData("app:_build")]
        public void Silent_on_valid_or_missing_tags(string image) =>
            RuleAssert.Silent(RuleIds.ImageTag, With(image));
    }
}
