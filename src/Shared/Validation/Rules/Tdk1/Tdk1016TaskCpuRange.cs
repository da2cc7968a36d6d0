using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1016: outside Fargate, task <c>cpu</c> is between 128 and 196608 CPU units (0.125–192 vCPU).</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.cpu: "If you're using the EC2 launch type or external launch type
    /// ... Supported values are between 128 CPU units (0.125 vCPUs) and 196608 CPU units (192 vCPUs)." (The 2023 guide's
    /// 10240 maximum is outdated.) Fargate sizes are TDK1014's.</remarks>
    [Rule("TDK1016", "TaskCpuRange", RuleSeverity.Error, "Task cpu outside the EC2 range")]
    internal sealed class Tdk1016TaskCpuRange : TaskDefinitionRule
    {
        public override string Id => RuleIds.TaskCpuRange;

        public override void Check(ValidationContext context)
        {
            if (context.IsFargate || !context.TaskCpuUnits.HasValue)
            {
                return;
            }

            int cpu = context.TaskCpuUnits.Value;
            if (cpu < Limits.MinEc2TaskCpu)
            {
                context.Report(
                    Id,
                    "/cpu",
                    "Task cpu " + cpu.ToString(CultureInfo.InvariantCulture) + " is below the minimum of 128 CPU units (0.125 vCPU): set cpu to \"128\" or more, or remove it.");
            }
            else if (cpu > Limits.MaxEc2TaskCpu)
            {
                context.Report(
                    Id,
                    "/cpu",
                    "Task cpu " + cpu.ToString(CultureInfo.InvariantCulture) + " is above the maximum of 196608 CPU units (192 vCPU): set cpu to \"196608\" or less.");
            }
        }
    }
}
