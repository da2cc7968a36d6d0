using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1011TaskCpuFormatTests
    {
        private static string WithCpu(string cpu) => $$"""
            {
              "family": "web",
              "cpu": "{{cpu}}",
              "containerDefinitions": [{ "name": "app", "image": "nginx", "memory": 128 }]
            }
            """;

        [Theory]
        [InlineData("1 core")]
        [InlineData("1024m")]
        [InlineData("-256")]
        [InlineData("")]
        [InlineData("1,5 vCPU")]
        [InlineData("0.1 vCPU")]
        [InlineData("{{cpu}}")]
        public void Fires_on_strings_that_are_no_cpu_value(string cpu)
        {
            var found = RuleAssert.Fires(RuleIds.TaskCpuFormat, WithCpu(cpu), "/cpu", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Theory]
        [InlineData("1024")]
        [InlineData("1 vCPU")]
        [InlineData("1 vcpu")]
        [InlineData(".25 vCPU")]
        [InlineData("0.5vcpu")]
        [InlineData("2 VCPU")]
        public void Silent_on_units_and_vcpu_expressions(string cpu) =>
            RuleAssert.Silent(RuleIds.TaskCpuFormat, WithCpu(cpu));

        [Fact]
        public void Silent_when_cpu_is_absent() =>
            RuleAssert.Silent(RuleIds.TaskCpuFormat, Definitions.Ec2Bridge);
    }
}
