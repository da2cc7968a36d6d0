using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2009ContainerMemoryTooSmallTests
    {
        [Fact]
        public void Fires_on_memory_below_6() =>
            RuleAssert.Fires(RuleIds.ContainerMemoryTooSmall, Tdk2Json.Ec2("""{ "name": "web", "image": "nginx:1", "memory": 4 }"""), "/containerDefinitions/0/memory", RuleSeverity.Warning);

        [Fact]
        public void Fires_on_reservation_below_6() =>
            RuleAssert.Fires(RuleIds.ContainerMemoryTooSmall, Tdk2Json.Ec2("""{ "name": "web", "image": "nginx:1", "memoryReservation": 5 }"""), "/containerDefinitions/0/memoryReservation", RuleSeverity.Warning);

        [Fact]
        public void Leaves_zero_memory_to_TDK2008() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryTooSmall, Tdk2Json.Ec2("""{ "name": "web", "image": "nginx:1", "memory": 0 }"""));

        [Fact]
        public void Silent_at_6_MiB() =>
            RuleAssert.Silent(RuleIds.ContainerMemoryTooSmall, Tdk2Json.Ec2("""{ "name": "web", "image": "nginx:1", "memory": 6, "memoryReservation": 6 }"""));
    }
}
