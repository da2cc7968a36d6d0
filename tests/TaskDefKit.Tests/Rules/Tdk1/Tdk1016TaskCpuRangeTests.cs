using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1016TaskCpuRangeTests
    {
        private static string Ec2(string cpu, string compatibilities = "[\"EC2\"]") => $$"""
            {
              "family": "worker",
              "requiresCompatibilities": {{compatibilities}},
              "cpu": "{{cpu}}",
              "memory": "512",
              "containerDefinitions": [{ "name": "app", "image": "busybox" }]
            }
            """;

        [Fact]
        public void Fires_below_128_units() =>
            RuleAssert.Fires(RuleIds.TaskCpuRange, Ec2("64"), "/cpu", RuleSeverity.Error);

        [Fact]
        public void Fires_above_192_vcpu() =>
            RuleAssert.Fires(RuleIds.TaskCpuRange, Ec2("196609"), "/cpu", RuleSeverity.Error);

        [Fact]
        public void Fires_for_vcpu_expressions_too() =>
            RuleAssert.Fires(RuleIds.TaskCpuRange, Ec2("0.0625 vCPU"), "/cpu");

        [Fact]
        public void Fires_on_external() =>
            RuleAssert.Fires(RuleIds.TaskCpuRange, Ec2("0", "[\"EXTERNAL\"]"), "/cpu");

        [Theory]
        [InlineData("128")]
        [InlineData("196608")]
        [InlineData("192 vCPU")]
        [InlineData("10 vCPU")]
        public void Silent_within_the_range(string cpu) =>
            RuleAssert.Silent(RuleIds.TaskCpuRange, Ec2(cpu));

        [Fact]
        public void Silent_on_fargate_where_TDK1014_judges_sizes() =>
            RuleAssert.Silent(RuleIds.TaskCpuRange, Ec2("64", "[\"EC2\", \"FARGATE\"]"));
    }
}
