using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2018FargateStartStopTimeoutTests
    {
        [Theory]
        [InlineData("startTimeout", 1)]
        [InlineData("startTimeout", 121)]
        [InlineData("stopTimeout", 300)]
        public void Fires_out_of_range_on_fargate(string member, int value) =>
            RuleAssert.Fires(RuleIds.FargateStartStopTimeout, Tdk2Json.Fargate(Tdk2Json.Container("web", "\"" + member + "\": " + value)), "/containerDefinitions/0/" + member, RuleSeverity.Error);

        [Fact]
        public void Fires_with_a_fargate_target_launch_type() =>
            RuleAssert.Fires(
                RuleIds.FargateStartStopTimeout,
                Tdk2Json.Ec2(Tdk2Json.Container("web", "\"stopTimeout\": 300")),
                "/containerDefinitions/0/stopTimeout",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });

        [Fact]
        public void Silent_in_range_or_on_ec2()
        {
            RuleAssert.Silent(RuleIds.FargateStartStopTimeout, Tdk2Json.Fargate(Tdk2Json.Container("web", "\"startTimeout\": 2, \"stopTimeout\": 120")));
            RuleAssert.Silent(RuleIds.FargateStartStopTimeout, Tdk2Json.Ec2(Tdk2Json.Container("web", "\"stopTimeout\": 300")));
        }
    }
}
