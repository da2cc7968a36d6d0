using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1018ContainerCpuExceedsTaskTests
    {
        private static string With(string taskCpu, int first, int second) => $$"""
            {
              "family": "worker",
              "cpu": "{{taskCpu}}",
              "memory": "1024",
              "containerDefinitions": [
                { "name": "app", "image": "busybox", "cpu": {{first}} },
                { "name": "sidecar", "image": "busybox", "cpu": {{second}} }
              ]
            }
            """;

        [Fact]
        public void Fires_at_the_task_cpu_when_the_sum_exceeds_it()
        {
            var found = RuleAssert.Fires(RuleIds.ContainerCpuExceedsTask, With("1024", 768, 512), "/cpu", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("1280", found[0].Message);
        }

        [Fact]
        public void Fires_at_a_single_container_above_the_task_cpu()
        {
            var found = RuleAssert.Fires(RuleIds.ContainerCpuExceedsTask, With("512", 1024, 0), "/containerDefinitions/0/cpu", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Compares_against_vcpu_expressions() =>
            RuleAssert.Fires(RuleIds.ContainerCpuExceedsTask, With(".25 vCPU", 128, 256), "/cpu");

        [Fact]
        public void Silent_when_the_sum_equals_the_task_cpu() =>
            RuleAssert.Silent(RuleIds.ContainerCpuExceedsTask, With("1024", 512, 512));

        [Fact]
        public void Silent_without_task_cpu() =>
            RuleAssert.Silent(RuleIds.ContainerCpuExceedsTask, With("1024", 4096, 4096).Replace("\"cpu\": \"1024\",", string.Empty));
    }
}
