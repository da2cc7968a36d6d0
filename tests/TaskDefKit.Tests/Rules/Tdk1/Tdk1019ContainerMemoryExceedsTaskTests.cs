using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1019ContainerMemoryExceedsTaskTests
    {
        private static string With(string taskMemory, string first, string second) => $$"""
            {
              "family": "worker",
              "memory": "{{taskMemory}}",
              "containerDefinitions": [
                { "name": "app", "image": "busybox", {{first}} },
                { "name": "sidecar", "image": "busybox", {{second}} }
              ]
            }
            """;

        [Fact]
        public void Fires_at_a_container_whose_memory_exceeds_the_task()
        {
            var found = RuleAssert.Fires(RuleIds.ContainerMemoryExceedsTask, With("512", "\"memory\": 1024", "\"memory\": 64"), "/containerDefinitions/0/memory", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Fires_at_the_task_memory_when_the_reservations_add_up_to_more()
        {
            var found = RuleAssert.Fires(
                RuleIds.ContainerMemoryExceedsTask,
                With("1GB", "\"memoryReservation\": 512, \"memory\": 1024", "\"memory\": 768"),
                "/memory",
                RuleSeverity.Error);
            Assert.Contains("1280", found[0].Message);
        }

        [Fact]
        public void Counts_the_reservation_not_the_hard_limit() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryExceedsTask, With("1024", "\"memoryReservation\": 256, \"memory\": 1024", "\"memoryReservation\": 256, \"memory\": 1024"));

        [Fact]
        public void Fires_at_a_reservation_alone_above_the_task() =>
            RuleAssert.Fires(RuleIds.ContainerMemoryExceedsTask, With("512", "\"memoryReservation\": 600", "\"memory\": 64"), "/containerDefinitions/0/memoryReservation");

        [Fact]
        public void Silent_when_the_sum_equals_the_task_memory() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryExceedsTask, With("1024", "\"memory\": 512", "\"memory\": 512"));

        [Fact]
        public void Silent_without_task_memory() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryExceedsTask, Definitions.Ec2Bridge);
    }
}
