using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1015: Windows on Fargate uses cpu 1024, 2048 or 4096 (never below 1 vCPU; 8 and 16 vCPU are Linux-only).</summary>
    /// <remarks>ECS API memory documentation: "The CPU units cannot be less than 1 vCPU when you use Windows containers on
    /// Fargate"; the 8 and 16 vCPU sizes "require Linux platform 1.4.0 or later"; CDK checkFargateWindowsBasedTasksSize.
    /// A cpu value that is no Fargate size at all is left to TDK1014.</remarks>
    [Rule("TDK1015", "FargateWindowsTaskSize", RuleSeverity.Error, "Invalid Fargate Windows task size")]
    [BuilderInputs("/cpu", "/memory", "/requiresCompatibilities", "/runtimePlatform")]
    internal sealed class Tdk1015FargateWindowsTaskSize : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateWindowsTaskSize;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate || !context.IsWindows || !context.TaskCpuUnits.HasValue)
            {
                return;
            }

            int cpu = context.TaskCpuUnits.Value;
            if (Tdk1TaskSizes.IsFargateCpu(cpu, windows: true) || !Tdk1TaskSizes.IsFargateCpu(cpu, windows: false))
            {
                return;
            }

            string suggestion;
            if (context.TaskMemoryMiB.HasValue)
            {
                List<Tdk1TaskSizes.Size> nearest = Tdk1TaskSizes.Nearest(cpu, context.TaskMemoryMiB.Value, windows: true);
                suggestion = Tdk1TaskSizes.Suggest("Windows", nearest);
            }
            else
            {
                suggestion = cpu < 1024 ? "use cpu \"1024\" (1 vCPU) or more" : "use cpu \"4096\" (4 vCPU) or less";
            }

            context.Report(
                Id,
                "/cpu",
                "Windows containers on Fargate support only cpu 1024, 2048 or 4096 (1, 2 or 4 vCPU), not " + cpu.ToString(CultureInfo.InvariantCulture) +
                " (" + Tdk1TaskSizes.Vcpu(cpu) + "): " + suggestion + ".");
        }
    }
}
