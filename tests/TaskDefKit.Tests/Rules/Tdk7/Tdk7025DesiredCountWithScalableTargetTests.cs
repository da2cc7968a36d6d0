using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7025DesiredCountWithScalableTargetTests
    {
        private static ServiceDefinition Service(int? desiredCount) => new ServiceDefinition
        {
            ServiceName = "web",
            TaskDefinition = "web:3",
            DesiredCount = desiredCount,
            LaunchType = LaunchType.Ec2,
        };

        private static readonly ServiceSurroundings Scaled = new ServiceSurroundings { HasScalableTarget = true, DesiredCountHasDefault = true };

        [Fact]
        public void Desired_count_on_a_scaled_service_fires()
        {
            RuleDiagnostic finding = Assert.Single(ServiceValidator.Validate(Service(2), null, null, Scaled));
            Assert.Equal((RuleIds.DesiredCountWithScalableTarget, "/desiredCount", RuleSeverity.Warning), (finding.RuleId, finding.Pointer, finding.Severity));
        }

        [Fact]
        public void Scaled_service_without_desired_count_and_unscaled_service_with_it_are_silent()
        {
            Assert.Empty(ServiceValidator.Validate(Service(null), null, null, Scaled));
            Assert.Empty(ServiceValidator.Validate(Service(2), null, null, new ServiceSurroundings()));
            Assert.Empty(ServiceValidator.Validate(Service(2)));
        }

        [Fact]
        public void A_form_with_a_desired_count_default_silences_the_create_service_requirement()
        {
            // CreateService requires desiredCount for REPLICA (TDK7003); CloudFormation and Terraform default it.
            Assert.Equal(new[] { RuleIds.DaemonServiceSettings }, ServiceValidator.Validate(Service(null)).Select(d => d.RuleId));
            Assert.Empty(ServiceValidator.Validate(Service(null), null, null, new ServiceSurroundings { DesiredCountHasDefault = true }));
        }
    }
}
