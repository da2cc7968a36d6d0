using System.Globalization;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1019: no container <c>memory</c> exceeds the task <c>memory</c>, and the containers' reservations
    /// (memoryReservation, else memory) add up to no more than it.</summary>
    /// <remarks>ECS API ContainerDefinition.memory: the total reserved memory of the containers must be lower than the
    /// task memory value; equality is allowed (unconfirmed strictness, as in CDK for cpu).</remarks>
    [Rule("TDK1019", "ContainerMemoryExceedsTask", RuleSeverity.Error, "Container memory exceeds task memory")]
    internal sealed class Tdk1019ContainerMemoryExceedsTask : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerMemoryExceedsTask;

        public override void Check(ValidationContext context)
        {
            if (!context.TaskMemoryMiB.HasValue)
            {
                return;
            }

            int task = context.TaskMemoryMiB.Value;
            long sum = 0;
            int counted = 0;
            bool single = false;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                int memory = container.Memory ?? 0;
                int reserved = container.MemoryReservation ?? memory;
                if (memory > task)
                {
                    single = true;
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "memory"),
                        "Container '" + Name(container, i) + "' has " + MemberName.Mark("memory") + " " + memory.ToString(CultureInfo.InvariantCulture) + " MiB, more than the task's " + MemberName.Mark("memory") + " " +
                        task.ToString(CultureInfo.InvariantCulture) + " MiB: lower the container " + MemberName.Mark("memory") + " or raise the task " + MemberName.Mark("memory") + ".");
                }
                else if (reserved > task)
                {
                    single = true;
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "memoryReservation"),
                        "Container '" + Name(container, i) + "' reserves " + reserved.ToString(CultureInfo.InvariantCulture) + " MiB, more than the task's " + MemberName.Mark("memory") + " " +
                        task.ToString(CultureInfo.InvariantCulture) + " MiB: lower its " + MemberName.Mark("memoryReservation") + " or raise the task " + MemberName.Mark("memory") + ".");
                }

                if (reserved > 0)
                {
                    sum += reserved;
                    counted++;
                }
            }

            if (!single && counted > 1 && sum > task)
            {
                context.Report(
                    Id,
                    "/memory",
                    "The containers reserve " + sum.ToString(CultureInfo.InvariantCulture) + " MiB together (" + MemberName.Mark("memoryReservation") + ", else " + MemberName.Mark("memory") + "), more than the task's " + MemberName.Mark("memory") + " " +
                    task.ToString(CultureInfo.InvariantCulture) + " MiB: lower the containers' reservations or raise the task " + MemberName.Mark("memory") + " to at least " +
                    sum.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }

        private static string Name(ContainerDefinition container, int index) =>
            container.Name ?? "#" + index.ToString(CultureInfo.InvariantCulture);
    }
}
