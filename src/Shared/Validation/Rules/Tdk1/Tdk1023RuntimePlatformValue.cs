using System;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1023: <c>runtimePlatform.operatingSystemFamily</c> and <c>cpuArchitecture</c> are values of the ECS API.</summary>
    /// <remarks>ECS API model shapes OSFamily and CPUArchitecture.</remarks>
    [Rule("TDK1023", "RuntimePlatformValue", RuleSeverity.Error, "Unknown runtime platform value")]
    internal sealed class Tdk1023RuntimePlatformValue : TaskDefinitionRule
    {
        public override string Id => RuleIds.RuntimePlatformValue;

        public override void Check(ValidationContext context)
        {
            RuntimePlatform? platform = context.Definition.RuntimePlatform;
            if (platform is null)
            {
                return;
            }

            if (platform.OperatingSystemFamily.HasValue && !platform.OperatingSystemFamily.Value.IsKnown)
            {
                string value = platform.OperatingSystemFamily.Value.Value;
                string? hint = null;
                foreach (OperatingSystemFamily known in OperatingSystemFamily.KnownValues)
                {
                    if (string.Equals(known.Value, value.Trim().Replace('-', '_').Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
                    {
                        hint = known.Value;
                    }
                }

                context.Report(
                    Id,
                    "/runtimePlatform/operatingSystemFamily",
                    MemberName.Mark("operatingSystemFamily") + " '" + value + "' is not valid: " +
                    (hint != null ? "write '" + hint + "'." : "use LINUX or a WINDOWS_SERVER_* value such as WINDOWS_SERVER_2022_CORE."));
            }

            if (platform.CpuArchitecture.HasValue && !platform.CpuArchitecture.Value.IsKnown)
            {
                string value = platform.CpuArchitecture.Value.Value;
                string fix = string.Equals(value, "arm64", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "aarch64", StringComparison.OrdinalIgnoreCase)
                    ? "write 'ARM64'."
                    : string.Equals(value, "x86_64", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "amd64", StringComparison.OrdinalIgnoreCase) ||
                      string.Equals(value, "x64", StringComparison.OrdinalIgnoreCase)
                        ? "write 'X86_64'."
                        : "use X86_64 or ARM64.";
                context.Report(Id, "/runtimePlatform/cpuArchitecture", MemberName.Mark("cpuArchitecture") + " '" + value + "' is not valid: " + fix);
            }
        }
    }
}
