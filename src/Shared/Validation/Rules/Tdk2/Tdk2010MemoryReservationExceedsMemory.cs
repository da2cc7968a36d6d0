using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2010: <c>memoryReservation</c> must not exceed <c>memory</c> (equality is accepted).</summary>
    /// <remarks>ECS API ContainerDefinition.memory; CDK: "MemoryLimitMiB should not be less than MemoryReservationMiB."</remarks>
    [Rule("TDK2010", "MemoryReservationExceedsMemory", RuleSeverity.Error, "memoryReservation exceeds memory")]
    internal sealed class Tdk2010MemoryReservationExceedsMemory : TaskDefinitionRule
    {
        public override string Id => RuleIds.MemoryReservationExceedsMemory;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container.Memory.HasValue && container.MemoryReservation.HasValue && container.MemoryReservation.Value > container.Memory.Value)
                {
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "memoryReservation"),
                        "Container " + Tdk2Helpers.Describe(container, i) + " reserves " + Tdk2Helpers.Text(container.MemoryReservation.Value) +
                        " MiB but its hard limit '" + MemberName.Mark("memory") + "' is " + Tdk2Helpers.Text(container.Memory.Value) + " MiB: lower " + MemberName.Mark("memoryReservation") + " or raise memory.");
                }
            }
        }
    }
}
