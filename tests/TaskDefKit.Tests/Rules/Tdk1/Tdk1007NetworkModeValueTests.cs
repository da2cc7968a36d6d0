using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1007NetworkModeValueTests
    {
        private static string With(string mode) => $$"""
            {
              "family": "web",
              "networkMode": "{{mode}}",
              "containerDefinitions": [{ "name": "app", "image": "nginx", "memory": 128 }]
            }
            """;

        [Fact]
        public void Fires_on_an_unknown_mode() =>
            RuleAssert.Fires(RuleIds.NetworkModeValue, With("nat"), "/networkMode", RuleSeverity.Error);

        [Fact]
        public void Fires_on_default_and_says_to_omit_it()
        {
            var found = RuleAssert.Fires(RuleIds.NetworkModeValue, With("default"), "/networkMode", RuleSeverity.Error);
            Assert.Contains("remove networkMode", found[0].Message);
        }

        [Fact]
        public void Fires_on_wrong_case_and_names_the_right_spelling()
        {
            var found = RuleAssert.Fires(RuleIds.NetworkModeValue, With("AWSVPC"), "/networkMode");
            Assert.Contains("'awsvpc'", found[0].Message);
        }

        [Theory]
        [InlineData("bridge")]
        [InlineData("host")]
        [InlineData("awsvpc")]
        [InlineData("none")]
        public void Silent_on_known_modes(string mode) =>
            RuleAssert.Silent(RuleIds.NetworkModeValue, With(mode));

        [Fact]
        public void Silent_when_omitted() =>
            RuleAssert.Silent(RuleIds.NetworkModeValue, Definitions.Ec2Bridge);
    }
}
