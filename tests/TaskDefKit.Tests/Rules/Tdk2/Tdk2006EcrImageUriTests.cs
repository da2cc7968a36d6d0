using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2006EcrImageUriTests
    {
        private static string With(string image) => Tdk2Json.Ec2(Tdk2Json.Container("web", image: image));

        [Theory]
        [InlineData("XXXXX.dkr.ecr.us-east-1.amazonaws.com/app:1")]
        [InlineData("12345678901.dkr.ecr.us-east-1.amazonaws.com/app:1")]
        [InlineData("123456789012.dkr.ecr.US-EAST-1.amazonaws.com/app:1")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com:443/app:1")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/myApp:latest")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/a")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
        public void Fires_on_malformed_private_uris(string image) =>
            RuleAssert.Fires(RuleIds.EcrImageUri, With(image), "/containerDefinitions/0/image", RuleSeverity.Error);

        [Theory]
        [InlineData("public.ecr.aws/nginx")]
        [InlineData("public.ecr.aws/nginx/Nginx:1")]
        [InlineData("public.ecr.aws/nginx/a")]
        [InlineData("public.ecr.aws/nginx/my--app")]
        public void Fires_on_malformed_public_uris(string image) =>
            RuleAssert.Fires(RuleIds.EcrImageUri, With(image), "/containerDefinitions/0/image", RuleSeverity.Error);

        [Fact]
        public void Fires_on_a_257_character_repository() =>
            RuleAssert.Fires(RuleIds.EcrImageUri, Tdk2Json.Ec2(Tdk2Json.Container("web", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/" + new string('a', 257))));

        [Theory]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/worker:1.4.2")]
        [InlineData("123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app")]
        [InlineData("123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app:1")]
        [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
        [InlineData("public.ecr.aws/docker/library/nginx:1.27")]
        [InlineData("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")]
        [InlineData("quay.io/MyOrg/app")]
        public void Silent_on_well_formed_or_non_ecr_uris(string image) =>
            RuleAssert.Silent(RuleIds.EcrImageUri, With(image));
    }
}
