using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2033EnvironmentHygieneTests
    {
        private static string With(string environment) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"environment\": " + environment));

        [Fact]
        public void Warns_on_duplicate_names() =>
            RuleAssert.Fires(RuleIds.EnvironmentHygiene, With("[{ \"name\": \"PORT\", \"value\": \"80\" }, { \"name\": \"PORT\", \"value\": \"81\" }]"), "/containerDefinitions/0/environment/1/name", RuleSeverity.Warning);

        [Theory]
        [InlineData("MY VAR")]
        [InlineData("PORT ")]
        [InlineData("1PORT")]
        [InlineData("my-var")]
        public void Warns_on_unusual_names(string name) =>
            RuleAssert.Fires(RuleIds.EnvironmentHygiene, With("[{ \"name\": \"" + name + "\", \"value\": \"x\" }]"), "/containerDefinitions/0/environment/0/name", RuleSeverity.Warning);

        [Fact]
        public void Silent_on_portable_unique_names_and_blank_names() =>
            RuleAssert.Silent(RuleIds.EnvironmentHygiene, With("[{ \"name\": \"_A1\", \"value\": \"x\" }, { \"name\": \"b_2\", \"value\": \"y\" }, { \"name\": \"\", \"value\": \"z\" }]"));
    }
}
