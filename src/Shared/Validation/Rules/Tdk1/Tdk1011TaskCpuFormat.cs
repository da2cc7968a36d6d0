using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1011: task <c>cpu</c> is CPU units (<c>"1024"</c>) or a vCPU expression (<c>"1 vCPU"</c>, <c>".25 vcpu"</c>).</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.cpu: "It can be expressed as an integer using CPU units (for example,
    /// 1024) or as a string using vCPUs (for example, 1 vCPU or 1 vcpu)"; vCPU × 1024 must be a whole number of units.</remarks>
    [Rule("TDK1011", "TaskCpuFormat", RuleSeverity.Error, "Task cpu is not a valid CPU string")]
    [BuilderInputs("/cpu")]
    internal sealed class Tdk1011TaskCpuFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.TaskCpuFormat;

        public override void Check(ValidationContext context)
        {
            string? cpu = context.Definition.Cpu;
            if (cpu is null || context.TaskCpuUnits.HasValue)
            {
                return;
            }

            context.Report(
                Id,
                "/cpu",
                "Task cpu '" + cpu + "' is not a CPU value: write CPU units as digits (\"1024\") or vCPUs (\"1 vCPU\", \".25 vCPU\") that make whole CPU units.");
        }
    }
}
