using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1017ContainerMemoryRequiredTests
    {
        private const string TwoContainers = """
            {
              "family": "worker",
              "containerDefinitions": [
                { "name": "app", "image": "busybox", "memoryReservation": 128 },
                { "name": "sidecar", "image": "busybox" }
              ]
            }
            """;

        [Fact]
        public void Fires_for_the_container_without_memory()
        {
            var found = RuleAssert.Fires(RuleIds.ContainerMemoryRequired, TwoContainers, "/containerDefinitions/1/memory", RuleSeverity.Error);
            Assert.Single(found);
            Assert.Contains("'sidecar'", found[0].Message);
        }

        [Fact]
        public void Fires_when_memory_is_zero() =>
            RuleAssert.Fires(
                RuleIds.ContainerMemoryRequired,
                """{ "family": "w", "containerDefinitions": [{ "name": "app", "image": "busybox", "memory": 0 }] }""",
                "/containerDefinitions/0/memory");

        [Fact]
        public void Silent_when_the_task_sets_memory() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryRequired, TwoContainers.Replace("\"family\": \"worker\",", "\"family\": \"worker\", \"memory\": \"512\","));

        [Fact]
        public void Silent_when_every_container_sets_memory_or_reservation() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryRequired, TwoContainers.Replace("{ \"name\": \"sidecar\", \"image\": \"busybox\" }", "{ \"name\": \"sidecar\", \"image\": \"busybox\", \"memory\": 64 }"));

        [Fact]
        public void Silent_on_fargate_where_TDK1013_asks_for_task_memory() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryRequired, Definitions.FargateWeb.Replace("\"memory\": \"512\",", string.Empty));
    }
}
