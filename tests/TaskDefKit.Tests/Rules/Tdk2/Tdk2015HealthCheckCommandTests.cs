using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2015HealthCheckCommandTests
    {
        private static string With(string healthCheck) => Tdk2Json.Ec2(Tdk2Json.Container("web", "\"healthCheck\": " + healthCheck));

        [Theory]
        [InlineData("""{ "interval": 30 }""")]
        [InlineData("""{ "command": [] }""")]
        public void Fires_when_command_is_missing(string healthCheck) =>
            RuleAssert.Fires(RuleIds.HealthCheckCommand, With(healthCheck), "/containerDefinitions/0/healthCheck/command", RuleSeverity.Error);

        [Theory]
        [InlineData("""{ "command": ["curl -f http://localhost/ || exit 1"] }""")]
        [InlineData("""{ "command": ["CMD-SHELL curl -f http://localhost/ || exit 1"] }""")]
        [InlineData("""{ "command": ["cmd-shell", "exit 0"] }""")]
        [InlineData("""{ "command": ["CMD-SHELL"] }""")]
        [InlineData("""{ "command": ["CMD", ""] }""")]
        public void Fires_when_first_element_is_wrong_or_alone(string healthCheck) =>
            RuleAssert.Fires(RuleIds.HealthCheckCommand, With(healthCheck), "/containerDefinitions/0/healthCheck/command/0", RuleSeverity.Error);

        [Theory]
        [InlineData("""{ "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] }""")]
        [InlineData("""{ "command": ["CMD", "/bin/check", "--quick"] }""")]
        public void Silent_on_valid_commands(string healthCheck) =>
            RuleAssert.Silent(RuleIds.HealthCheckCommand, With(healthCheck));
    }
}
