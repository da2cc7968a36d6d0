using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2010MemoryReservationExceedsMemoryTests
    {
        [Fact]
        public void Fires_when_reservation_exceeds_memory() =>
            RuleAssert.Fires(RuleIds.MemoryReservationExceedsMemory, Tdk2Json.Ec2("""{ "name": "web", "image": "nginx:1", "memory": 256, "memoryReservation": 512 }"""), "/containerDefinitions/0/memoryReservation", RuleSeverity.Error);

        [Theory]
        [InlineData("\"memory\": 512, \"memoryReservation\": 512")]
        [InlineData("\"memory\": 512, \"memoryReservation\": 128")]
        [InlineData("\"memoryReservation\": 1024")]
        public void Silent_when_reservation_is_at_most_memory(string members) =>
            RuleAssert.Silent(RuleIds.MemoryReservationExceedsMemory, Tdk2Json.Ec2("{ \"name\": \"web\", \"image\": \"nginx:1\", " + members + " }"));
    }
}
