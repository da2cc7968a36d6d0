using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1013FargateTaskSizeRequiredTests
    {
        [Fact]
        public void Fires_when_fargate_has_no_cpu() =>
            RuleAssert.Fires(RuleIds.FargateTaskSizeRequired, Definitions.FargateWeb.Replace("\"cpu\": \"256\",", string.Empty), "/cpu", RuleSeverity.Error);

        [Fact]
        public void Fires_when_fargate_has_no_memory() =>
            RuleAssert.Fires(RuleIds.FargateTaskSizeRequired, Definitions.FargateWeb.Replace("\"memory\": \"512\",", string.Empty), "/memory", RuleSeverity.Error);

        [Fact]
        public void Reports_both_when_both_are_missing()
        {
            string json = Definitions.FargateWeb.Replace("\"cpu\": \"256\",", string.Empty).Replace("\"memory\": \"512\",", string.Empty);
            var found = RuleAssert.Fires(RuleIds.FargateTaskSizeRequired, json);
            Assert.Equal(2, found.Count);
        }

        [Fact]
        public void Fires_for_a_fargate_target_launch_type() =>
            RuleAssert.Fires(
                RuleIds.FargateTaskSizeRequired,
                Definitions.Ec2Bridge,
                "/cpu",
                options: new ValidationOptions { TargetLaunchType = Compatibility.Fargate });

        [Fact]
        public void Silent_when_fargate_sets_both() =>
            RuleAssert.Silent(RuleIds.FargateTaskSizeRequired, Definitions.FargateWeb);

        [Fact]
        public void Silent_on_ec2() =>
            RuleAssert.Silent(RuleIds.FargateTaskSizeRequired, Definitions.Ec2Bridge);
    }
}
