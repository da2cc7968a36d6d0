using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1020: Windows on EC2 ignores task-level <c>cpu</c>/<c>memory</c>; set container-level values instead.</summary>
    /// <remarks>ECS API cpu/memory: "Task-level CPU and memory parameters are ignored for Windows containers. We recommend
    /// specifying container-level resources for Windows containers." On Fargate they are required (TDK1013).</remarks>
    [Rule("TDK1020", "WindowsTaskLevelResources", RuleSeverity.Warning, "Task-level cpu/memory ignored for Windows on EC2")]
    internal sealed class Tdk1020WindowsTaskLevelResources : TaskDefinitionRule
    {
        public override string Id => RuleIds.WindowsTaskLevelResources;

        public override void Check(ValidationContext context)
        {
            if (!context.IsWindows || context.IsFargate)
            {
                return;
            }

            if (context.Definition.Cpu != null)
            {
                context.Report(
                    Id,
                    "/cpu",
                    "Task-level cpu '" + context.Definition.Cpu + "' is ignored for Windows containers on EC2: remove it and set cpu on each container instead.");
            }

            if (context.Definition.Memory != null)
            {
                context.Report(
                    Id,
                    "/memory",
                    "Task-level memory '" + context.Definition.Memory + "' is ignored for Windows containers on EC2: remove it and set " + MemberName.Mark("memory") + " or " + MemberName.Mark("memoryReservation") + " on each container instead.");
            }
        }
    }
}
