using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2034SecretShadowsEnvironmentTests
    {
        private const string Arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";

        [Fact]
        public void Fires_when_a_secret_shares_an_environment_name() =>
            RuleAssert.Fires(
                RuleIds.SecretShadowsEnvironment,
                Tdk2Json.Ec2(Tdk2Json.Container("web", "\"environment\": [{ \"name\": \"DB_PASSWORD\", \"value\": \"x\" }], \"secrets\": [{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"" + Arn + "\" }]")),
                "/containerDefinitions/0/secrets/0/name",
                RuleSeverity.Error);

        [Fact]
        public void Fires_on_duplicate_secret_names() =>
            RuleAssert.Fires(
                RuleIds.SecretShadowsEnvironment,
                Tdk2Json.Ec2(Tdk2Json.Container("web", "\"secrets\": [{ \"name\": \"A\", \"valueFrom\": \"" + Arn + "\" }, { \"name\": \"A\", \"valueFrom\": \"" + Arn + "\" }]")),
                "/containerDefinitions/0/secrets/1/name");

        [Fact]
        public void Silent_when_names_differ_or_are_in_other_containers() =>
            RuleAssert.Silent(
                RuleIds.SecretShadowsEnvironment,
                Tdk2Json.Ec2(
                    Tdk2Json.Container("a", "\"environment\": [{ \"name\": \"DB_HOST\", \"value\": \"x\" }], \"secrets\": [{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"" + Arn + "\" }]") + "," +
                    Tdk2Json.Container("b", "\"environment\": [{ \"name\": \"DB_PASSWORD\", \"value\": \"x\" }]")));
    }
}
