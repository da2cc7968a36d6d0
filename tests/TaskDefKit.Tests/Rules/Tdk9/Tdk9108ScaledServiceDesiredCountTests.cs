using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9108ScaledServiceDesiredCountTests
    {
        private static ServiceDefinition Service(string cluster) => ServiceJson.ParseService(
            "{ \"cluster\": \"" + cluster + "\", \"serviceName\": \"web\", \"taskDefinition\": \"web:3\", \"desiredCount\": 2 }").Value!;

        private static ScalableTarget Target => ScalingJson.ParseScalableTarget(Tdk9Inputs.ScalableTarget).Value!;

        [Fact]
        public void Desired_count_on_a_scaled_service_warns()
        {
            RuleDiagnostic finding = Assert.Single(ScalingValidator.ValidateService(Service("arn:aws:ecs:eu-west-1:123456789012:cluster/prod"), new[] { Target }));
            Assert.Equal(RuleIds.ScaledServiceDesiredCount, finding.RuleId);
            Assert.Equal("/desiredCount", finding.Pointer);
            Assert.Equal(RuleSeverity.Warning, finding.Severity);
        }

        [Fact]
        public void A_service_of_another_cluster_or_without_targets_is_silent()
        {
            Assert.Empty(ScalingValidator.ValidateService(Service("staging"), new[] { Target }));
            Assert.Empty(ScalingValidator.ValidateService(Service("prod"), new List<ScalableTarget>()));
        }
    }
}
