using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>The scalable targets of a deployment reach the service rules through <see cref="ScalingValidator.SurroundingsOf"/> (TDK7025).</summary>
    public class ScalingSurroundingsTests
    {
        private static ServiceDefinition Service(string cluster) => ServiceJson.ParseService(
            "{ \"cluster\": \"" + cluster + "\", \"serviceName\": \"web\", \"taskDefinition\": \"web:3\", \"desiredCount\": 2 }").Value!;

        private static ScalableTarget Target => ScalingJson.ParseScalableTarget(Tdk9Inputs.ScalableTarget).Value!;

        [Fact]
        public void A_target_naming_the_service_by_cluster_arn_makes_a_set_desired_count_a_TDK7025_warning()
        {
            ServiceDefinition service = Service("arn:aws:ecs:eu-west-1:123456789012:cluster/prod");
            ServiceSurroundings surroundings = ScalingValidator.SurroundingsOf(service, new[] { Target });
            Assert.True(surroundings.HasScalableTarget);
            RuleDiagnostic finding = Assert.Single(ServiceValidator.Validate(service, null, null, surroundings));
            Assert.Equal((RuleIds.DesiredCountWithScalableTarget, "/desiredCount", RuleSeverity.Warning), (finding.RuleId, finding.Pointer, finding.Severity));
        }

        [Fact]
        public void A_service_of_another_cluster_or_without_targets_is_not_scaled()
        {
            Assert.False(ScalingValidator.SurroundingsOf(Service("staging"), new[] { Target }).HasScalableTarget);
            Assert.False(ScalingValidator.SurroundingsOf(Service("prod"), new List<ScalableTarget>()).HasScalableTarget);
            Assert.Empty(ServiceValidator.Validate(Service("staging"), null, null, ScalingValidator.SurroundingsOf(Service("staging"), new[] { Target })));
        }
    }
}
