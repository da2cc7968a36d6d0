using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9408LogDriverNotAllowedTests
    {
        private static readonly ValidationOptions s_policy = From("\"requiredLogDriver\": [\"awslogs\", \"awsfirelens\"]");

        private static string Logging(string driver) => Definition("nginx:1.27",
            ", \"logConfiguration\": { \"logDriver\": \"" + driver + "\", \"options\": { \"awslogs-group\": \"/ecs/app\", \"awslogs-region\": \"us-east-1\" } }");

        [Fact]
        public void Fires_for_another_driver()
        {
            RuleDiagnostic finding = Assert.Single(RuleAssert.Fires(RuleIds.PolicyLogDriver, Logging("json-file"), "/containerDefinitions/0/logConfiguration/logDriver", RuleSeverity.Error, s_policy));
            Assert.Contains("logs with json-file", finding.Message);
            Assert.Contains("policy \"requiredLogDriver\" at /repo/.taskdefkit.json:3: awslogs, awsfirelens", finding.Message);
        }

        [Fact]
        public void Fires_for_a_container_without_log_configuration_instead_of_TDK6028()
        {
            RuleAssert.Fires(RuleIds.PolicyLogDriver, Definition("nginx:1.27"), "/containerDefinitions/0/logConfiguration", options: s_policy);
            RuleAssert.Silent(RuleIds.NoLogConfiguration, Definition("nginx:1.27"), s_policy);
            RuleAssert.Fires(RuleIds.NoLogConfiguration, Definition("nginx:1.27"));
        }

        [Fact]
        public void Silent_for_a_required_driver() =>
            RuleAssert.Silent(RuleIds.PolicyLogDriver, Logging("awslogs"), s_policy);
    }
}
