using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1008: on Fargate, <c>networkMode</c> must be explicitly awsvpc (omitting it means bridge).</summary>
    /// <remarks>ECS API RegisterTaskDefinitionRequest.networkMode: "For Amazon ECS tasks on Fargate, the awsvpc network
    /// mode is required." AWS: "Fargate only supports network mode 'awsvpc'." Unknown values are left to TDK1007.</remarks>
    [Rule("TDK1008", "FargateNetworkMode", RuleSeverity.Error, "Fargate requires network mode awsvpc")]
    [BuilderInputs("/requiresCompatibilities", "/networkMode")]
    internal sealed class Tdk1008FargateNetworkMode : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateNetworkMode;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            NetworkMode? mode = context.Definition.NetworkMode;
            if (mode is null)
            {
                context.Report(
                    Id,
                    "/networkMode",
                    "Fargate tasks need \"" + MemberName.Mark("networkMode") + "\": \"awsvpc\", and an omitted " + MemberName.Mark("networkMode") + " means bridge: add \"" + MemberName.Mark("networkMode") + "\": \"awsvpc\".");
            }
            else if (mode.Value.IsKnown && mode.Value != NetworkMode.AwsVpc)
            {
                context.Report(
                    Id,
                    "/networkMode",
                    "Fargate supports only network mode awsvpc, not '" + mode.Value.Value + "': set \"" + MemberName.Mark("networkMode") + "\": \"awsvpc\".");
            }
        }
    }
}
