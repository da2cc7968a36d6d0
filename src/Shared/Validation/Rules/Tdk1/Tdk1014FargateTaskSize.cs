using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1014: on Fargate, the normalised (cpu, memory) pair is one of the Fargate task sizes.</summary>
    /// <remarks>AWS "Invalid CPU or memory value specified" (task-cpu-memory-error.html) and the ECS API memory
    /// documentation list the sizes (<see cref="FargateSizes"/>); AWS answers others with "Invalid 'cpu' setting for task."
    /// For Windows, a cpu value that Windows cannot use at all is left to TDK1015; this rule then judges memory only.</remarks>
    [Rule("TDK1014", "FargateTaskSize", RuleSeverity.Error, "Invalid Fargate cpu/memory combination")]
    [BuilderInputs("/cpu", "/memory", "/requiresCompatibilities", "/runtimePlatform")]
    internal sealed class Tdk1014FargateTaskSize : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateTaskSize;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || !context.TaskCpuUnits.HasValue || !context.TaskMemoryMiB.HasValue)
            {
                return;
            }

            int cpu = context.TaskCpuUnits.Value;
            int memory = context.TaskMemoryMiB.Value;
            bool windows = context.IsWindows;
            if (Tdk1TaskSizes.IsValid(cpu, memory, windows: false))
            {
                return;
            }

            bool cpuIsFargate = Tdk1TaskSizes.IsFargateCpu(cpu, windows: false);
            if (windows && !Tdk1TaskSizes.IsFargateCpu(cpu, windows: true) && cpuIsFargate)
            {
                // TDK1015 reports a Linux-only cpu size on Windows; it already names the Windows sizes.
                return;
            }

            List<Tdk1TaskSizes.Size> nearest = Tdk1TaskSizes.Nearest(cpu, memory, windows);
            string size = "cpu " + cpu.ToString(CultureInfo.InvariantCulture) + " (" + Tdk1TaskSizes.Vcpu(cpu) + ") with memory " +
                          memory.ToString(CultureInfo.InvariantCulture) + " MiB";
            if (cpuIsFargate)
            {
                context.Report(
                    Id,
                    "/memory",
                    "Fargate has no task size " + size + ": " + Tdk1TaskSizes.Suggest("valid", nearest) + ".");
            }
            else
            {
                context.Report(
                    Id,
                    "/cpu",
                    "Fargate has no task size with cpu " + cpu.ToString(CultureInfo.InvariantCulture) + " (" + Tdk1TaskSizes.Vcpu(cpu) +
                    "); cpu must be 256, 512, 1024, 2048, 4096, 8192 or 16384" + (windows ? " (1024, 2048 or 4096 for Windows)" : string.Empty) +
                    ": " + Tdk1TaskSizes.Suggest("valid", nearest) + ".");
            }
        }
    }
}
