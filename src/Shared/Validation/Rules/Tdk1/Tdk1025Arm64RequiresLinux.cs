using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1025: <c>cpuArchitecture</c> ARM64 is Linux-only; Windows families need X86_64.</summary>
    /// <remarks>ECS API RuntimePlatform.cpuArchitecture: "You can run your Linux tasks on an ARM-based platform by setting
    /// the value to ARM64"; developer guide (ecs-arm64, AWS_Fargate): Windows on Fargate needs X86_64.</remarks>
    [Rule("TDK1025", "Arm64RequiresLinux", RuleSeverity.Error, "ARM64 requires Linux")]
    internal sealed class Tdk1025Arm64RequiresLinux : TaskDefinitionRule
    {
        public override string Id => RuleIds.Arm64RequiresLinux;

        public override void Check(ValidationContext context)
        {
            RuntimePlatform? platform = context.Definition.RuntimePlatform;
            if (platform?.CpuArchitecture is null || platform.CpuArchitecture.Value != CpuArchitecture.Arm64 || !context.IsWindows)
            {
                return;
            }

            context.Report(
                Id,
                "/runtimePlatform/cpuArchitecture",
                "ARM64 is available only for Linux, but " + MemberName.Mark("operatingSystemFamily") + " is " + platform.OperatingSystemFamily!.Value.Value +
                ": set " + MemberName.Mark("cpuArchitecture") + " to X86_64, or use LINUX with ARM64 images.");
        }
    }
}
