using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2009: <c>memory</c> or <c>memoryReservation</c> below 6 MiB, the minimum Docker ≥ 20.10 reserves.</summary>
    /// <remarks>ECS API ContainerDefinition.memory/memoryReservation: "don't specify less than 6 MiB of memory for your containers".</remarks>
    [Rule("TDK2009", "ContainerMemoryTooSmall", RuleSeverity.Warning, "Container memory below the Docker minimum")]
    internal sealed class Tdk2009ContainerMemoryTooSmall : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerMemoryTooSmall;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                int min = Limits.MinDockerContainerMemoryMiB;

                // memory <= 0 is TDK2008's error.
                if (container.Memory.HasValue && container.Memory.Value > 0 && container.Memory.Value < min)
                {
                    Report(context, container, i, "memory", container.Memory.Value);
                }

                if (container.MemoryReservation.HasValue && container.MemoryReservation.Value < min)
                {
                    Report(context, container, i, "memoryReservation", container.MemoryReservation.Value);
                }
            }
        }

        private void Report(ValidationContext context, ContainerDefinition container, int index, string member, int value) =>
            context.Report(
                Id,
                JsonPointer.Container(index, member),
                "Container " + Tdk2Helpers.Describe(container, index) + " sets " + MemberName.Mark(member) + " " + Tdk2Helpers.Text(value) +
                " MiB, below the 6 MiB Docker reserves for a container: set at least 6.");
    }
}
