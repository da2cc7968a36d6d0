using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1024: on Fargate, <c>operatingSystemFamily</c> is LINUX or Windows Server 2019/2022 (Full or Core).</summary>
    /// <remarks>Developer guide, Runtime platform / Fargate Windows platform versions: Fargate offers Linux and Windows
    /// Server 2019 and 2022 Full/Core. 2016, 2004 and 20H2 are EC2-only (error). Windows Server 2025 is in the API enum
    /// but AWS documents no Fargate support for it: a warning, since it is unconfirmed either way.</remarks>
    [Rule("TDK1024", "FargateOperatingSystem", RuleSeverity.Error, "Operating system family not available on Fargate")]
    internal sealed class Tdk1024FargateOperatingSystem : TaskDefinitionRule
    {
        private const string Pointer = "/runtimePlatform/operatingSystemFamily";

        public override string Id => RuleIds.FargateOperatingSystem;

        public override void Check(ValidationContext context)
        {
            OperatingSystemFamily? family = context.Definition.RuntimePlatform?.OperatingSystemFamily;
            if (!context.IsFargate || family is null || !family.Value.IsKnown)
            {
                return;
            }

            OperatingSystemFamily value = family.Value;
            if (value == OperatingSystemFamily.Linux ||
                value == OperatingSystemFamily.WindowsServer2019Full ||
                value == OperatingSystemFamily.WindowsServer2019Core ||
                value == OperatingSystemFamily.WindowsServer2022Full ||
                value == OperatingSystemFamily.WindowsServer2022Core)
            {
                return;
            }

            if (value == OperatingSystemFamily.WindowsServer2025Full || value == OperatingSystemFamily.WindowsServer2025Core)
            {
                context.Report(
                    Id,
                    Pointer,
                    value.Value + " is not documented as available on Fargate (Fargate lists Windows Server 2019 and 2022): check your Region supports it, or use WINDOWS_SERVER_2022_" +
                    (value == OperatingSystemFamily.WindowsServer2025Full ? "FULL" : "CORE") + ".",
                    RuleSeverity.Warning);
                return;
            }

            string edition = value.Value.EndsWith("_FULL", System.StringComparison.Ordinal) ? "FULL" : "CORE";
            context.Report(
                Id,
                Pointer,
                value.Value + " is available only on EC2, not on Fargate: use WINDOWS_SERVER_2019_" + edition + " or WINDOWS_SERVER_2022_" + edition +
                ", or remove FARGATE from " + MemberName.Mark("requiresCompatibilities") + ".");
        }
    }
}
