using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1009: Windows on EC2 uses the default mode (omit networkMode) or awsvpc; EXTERNAL-only tasks use bridge, host or none.</summary>
    /// <remarks>ECS API networkMode: "For Amazon ECS tasks on Amazon EC2 Windows instances, &lt;default&gt; or awsvpc can be
    /// used." The EXTERNAL restriction is enforced by CDK (ECS Anywhere does not support awsvpc).</remarks>
    [Rule("TDK1009", "NetworkModePlatform", RuleSeverity.Warning, "Network mode not supported on this platform")]
    internal sealed class Tdk1009NetworkModePlatform : TaskDefinitionRule
    {
        public override string Id => RuleIds.NetworkModePlatform;

        public override void Check(ValidationContext context)
        {
            NetworkMode? mode = context.Definition.NetworkMode;
            if (mode is null || !mode.Value.IsKnown)
            {
                return;
            }

            NetworkMode value = mode.Value;
            if (context.IsWindows && context.IsEc2 && !context.IsFargate && value != NetworkMode.AwsVpc)
            {
                context.Report(
                    Id,
                    "/networkMode",
                    "Windows tasks on EC2 support only the default network mode or awsvpc, not '" + value.Value +
                    "': remove " + MemberName.Mark("networkMode") + " (default NAT mode) or set it to awsvpc.");
            }
            else if (context.IsExternalOnly && value == NetworkMode.AwsVpc)
            {
                context.Report(
                    Id,
                    "/networkMode",
                    "EXTERNAL (ECS Anywhere) tasks do not support network mode awsvpc: use bridge, host or none.");
            }
        }
    }
}
