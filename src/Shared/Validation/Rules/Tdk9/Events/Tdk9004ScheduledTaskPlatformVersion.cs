using System.Text.RegularExpressions;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9004: a scheduled task's <c>PlatformVersion</c> is <c>LATEST</c> or a numeric version (<c>1.4.0</c>), and is
    /// only given for Fargate tasks.
    /// </summary>
    /// <remarks>
    /// Source: EventBridge API reference, EcsParameters.PlatformVersion: "Specify only the numeric portion of the
    /// platform version, such as 1.1.0. This structure is used only if LaunchType is FARGATE."
    /// </remarks>
    [Rule("TDK9004", "ScheduledTaskPlatformVersion", RuleSeverity.Error, "Scheduled task platform version is not valid")]
    internal sealed class Tdk9004ScheduledTaskPlatformVersion : ScheduledTaskRule
    {
        private static readonly Regex s_version = new Regex(@"^(LATEST|\d+\.\d+\.\d+)$", RegexOptions.CultureInvariant);

        public override string Id => RuleIds.ScheduledTaskPlatformVersion;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                string? version = target.PlatformVersion;
                if (version is null)
                {
                    continue;
                }

                string pointer = target.EcsPointer + "/PlatformVersion";
                if (target.LaunchType != null && target.LaunchType != "FARGATE")
                {
                    context.Report(Id, pointer, MemberName.Mark("PlatformVersion") + " is only for Fargate tasks; this target uses " + MemberName.Mark("LaunchType")
                        + " '" + target.LaunchType + "': remove it.");
                }
                else if (!s_version.IsMatch(version))
                {
                    context.Report(Id, pointer, MemberName.Mark("PlatformVersion") + " '" + version + "' is neither LATEST nor a numeric version such as 1.4.0"
                        + (version.StartsWith("v", System.StringComparison.OrdinalIgnoreCase) ? " (leave out the 'v')" : string.Empty) + ".");
                }
            }
        }
    }
}
