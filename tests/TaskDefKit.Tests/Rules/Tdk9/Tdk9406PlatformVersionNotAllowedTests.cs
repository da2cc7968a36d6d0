using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.PolicyOptions;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9406PlatformVersionNotAllowedTests
    {
        private static readonly ValidationOptions s_policy = From("\"allowedPlatformVersions\": [\"1.4.0\"]");

        private static List<RuleDiagnostic> Findings(string members, ValidationOptions? options)
        {
            EcsInputDocument<ServiceDefinition> service = ServiceJson.ParseService("{ \"serviceName\": \"web\", \"taskDefinition\": \"web:3\", \"desiredCount\": 1" + members + " }", "service.json");
            Assert.Empty(service.ReadDiagnostics);
            return ServiceValidator.Validate(service.Value!, null, options).Where(d => d.RuleId == RuleIds.PolicyPlatformVersion).ToList();
        }

        [Fact]
        public void Fires_for_a_listed_version_the_policy_does_not_allow_and_for_a_Fargate_service_on_LATEST()
        {
            RuleDiagnostic pinned = Assert.Single(Findings(", \"launchType\": \"FARGATE\", \"platformVersion\": \"1.3.0\"", s_policy));
            Assert.Equal("/platformVersion", pinned.Pointer);
            Assert.Equal(RuleSeverity.Error, pinned.Severity);
            Assert.Contains("policy \"allowedPlatformVersions\" at /repo/.taskdefkit.json:3: 1.4.0", pinned.Message);
            Assert.Contains("runs on LATEST", Assert.Single(Findings(", \"launchType\": \"FARGATE\"", s_policy)).Message);
        }

        [Fact]
        public void Silent_for_an_allowed_version_an_EC2_service_and_without_a_policy()
        {
            Assert.Empty(Findings(", \"launchType\": \"FARGATE\", \"platformVersion\": \"1.4.0\"", s_policy));
            Assert.Empty(Findings(", \"launchType\": \"EC2\"", s_policy));
            Assert.Empty(Findings(", \"launchType\": \"FARGATE\", \"platformVersion\": \"1.3.0\"", null));
        }
    }
}
