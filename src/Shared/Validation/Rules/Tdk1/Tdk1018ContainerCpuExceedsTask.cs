using System.Globalization;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1018: the containers' <c>cpu</c> values add up to no more than the task <c>cpu</c>.</summary>
    /// <remarks>ECS API ContainerDefinition.cpu: the total of the containers' cpu must be lower than the task-level cpu;
    /// CDK rejects only a sum that exceeds it, so equality is allowed. A single container above the task value is reported
    /// at that container; otherwise the sum is reported at the task cpu.</remarks>
    [Rule("TDK1018", "ContainerCpuExceedsTask", RuleSeverity.Error, "Container cpu exceeds task cpu")]
    internal sealed class Tdk1018ContainerCpuExceedsTask : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerCpuExceedsTask;

        public override void Check(ValidationContext context)
        {
            if (!context.TaskCpuUnits.HasValue)
            {
                return;
            }

            int task = context.TaskCpuUnits.Value;
            long sum = 0;
            int counted = 0;
            bool single = false;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                int cpu = container.Cpu ?? 0;
                if (cpu <= 0)
                {
                    continue;
                }

                sum += cpu;
                counted++;
                if (cpu > task)
                {
                    single = true;
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "cpu"),
                        "Container '" + (container.Name ?? "#" + i.ToString(CultureInfo.InvariantCulture)) + "' reserves " + cpu.ToString(CultureInfo.InvariantCulture) +
                        " CPU units, more than the task's " + MemberName.Mark("cpu") + " " + task.ToString(CultureInfo.InvariantCulture) + ": lower the container " + MemberName.Mark("cpu") + " or raise the task " + MemberName.Mark("cpu") + ".");
                }
            }

            if (!single && counted > 1 && sum > task)
            {
                context.Report(
                    Id,
                    "/cpu",
                    "The containers reserve " + sum.ToString(CultureInfo.InvariantCulture) + " CPU units together, more than the task's " + MemberName.Mark("cpu") + " " +
                    task.ToString(CultureInfo.InvariantCulture) + ": lower the containers' " + MemberName.Mark("cpu") + " or raise the task " + MemberName.Mark("cpu") + " to at least " + sum.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }
    }
}
