using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6013SecretsRequireExecutionRoleTests
    {
        private const string WithSecrets = """{ "name": "app", "image": "nginx", "memory": 256, "secrets": [{ "name": "DB", "valueFrom": "/prod/db" }] }""";

        [Fact]
        public void Secrets_without_role_fire()
        {
            var found = RuleAssert.Fires(RuleIds.SecretsRequireExecutionRole, Tdk6Samples.Ec2(WithSecrets), "/containerDefinitions/0/secrets", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Secret_options_without_role_fire()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://s" }, "secretOptions": [{ "name": "splunk-token", "valueFrom": "/splunk" }] } }""");
            RuleAssert.Fires(RuleIds.SecretsRequireExecutionRole, json, "/containerDefinitions/0/logConfiguration/secretOptions");
        }

        [Fact]
        public void Secrets_with_role_are_silent()
        {
            RuleAssert.Silent(RuleIds.SecretsRequireExecutionRole, Tdk6Samples.Ec2(WithSecrets, Tdk6Samples.ExecutionRole));
            RuleAssert.Silent(RuleIds.SecretsRequireExecutionRole, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "secrets": [] }"""));
        }
    }
}
