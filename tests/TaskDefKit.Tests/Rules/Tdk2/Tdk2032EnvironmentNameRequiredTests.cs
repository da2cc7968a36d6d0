using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2032EnvironmentNameRequiredTests
    {
        private static string With(string environment) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"environment\": " + environment));

        [Theory]
        [InlineData("[{ \"value\": \"x\" }]")]
        [InlineData("[{ \"name\": \"\", \"value\": \"x\" }]")]
        [InlineData("[{ \"name\": \"  \", \"value\": \"x\" }]")]
        public void Fires_on_missing_or_blank_names(string environment) =>
            RuleAssert.Fires(RuleIds.EnvironmentNameRequired, With(environment), "/containerDefinitions/0/environment/0/name", RuleSeverity.Error);

        [Fact]
        public void Silent_on_named_variables() =>
            RuleAssert.Silent(RuleIds.EnvironmentNameRequired, With("[{ \"name\": \"A\", \"value\": \"\" }, { \"name\": \"B\" }]"));
    }
}
