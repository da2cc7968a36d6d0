using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1017: without task-level <c>memory</c>, every container sets a non-zero <c>memory</c> or <c>memoryReservation</c>.</summary>
    /// <remarks>ECS API ContainerDefinition.memoryReservation; AWS: "Invalid setting for container '&lt;name&gt;'. At least
    /// one of 'memory' or 'memoryReservation' must be specified." On Fargate a missing task memory is TDK1013's finding, and
    /// adding it is the fix, so this rule stays silent there.</remarks>
    [Rule("TDK1017", "ContainerMemoryRequired", RuleSeverity.Error, "Container needs memory or memoryReservation")]
    internal sealed class Tdk1017ContainerMemoryRequired : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerMemoryRequired;

        public override void Check(ValidationContext context)
        {
            if (context.Definition.Memory != null || context.IsFargate)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if ((container.Memory ?? 0) == 0 && (container.MemoryReservation ?? 0) == 0)
                {
                    string name = container.Name ?? "#" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    context.Report(
                        Id,
                        JsonPointer.Container(i, "memory"),
                        "Container '" + name + "' sets neither '" + MemberName.Mark("memory") + "' nor '" + MemberName.Mark("memoryReservation") + "' and the task has no '" + MemberName.Mark("memory") + "': set " + MemberName.Mark("memoryReservation") + " (soft limit) or " + MemberName.Mark("memory") + " (hard limit) in MiB, or a task-level " + MemberName.Mark("memory") + ".");
                }
            }
        }
    }
}
