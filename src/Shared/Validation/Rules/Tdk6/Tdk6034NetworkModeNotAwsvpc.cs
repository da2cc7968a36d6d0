using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6034 (opt-in): the task's network mode is not <c>awsvpc</c>. Reports only when
    /// <see cref="ValidationOptions.RequireAwsvpcNetworkMode"/> is set; an omitted <c>networkMode</c> counts as its
    /// default (bridge on Linux, the Windows default on Windows), neither of which is awsvpc.
    /// </summary>
    /// <remarks>Source: AWS Control Tower CT.ECS.PR.4 ("Require Amazon ECS tasks to use 'awsvpc' networking mode"). Opt-in
    /// because bridge and host are legitimate on EC2; TDK6025 already reports host networking on its own.</remarks>
    [BuilderInputs("/networkMode", WholeDefinition = true)]
    [Rule("TDK6034", "NetworkModeNotAwsvpc", RuleSeverity.Info, "Network mode other than awsvpc (opt-in)", Controls = new[] { "CT.ECS.PR.4" })]
    internal sealed class Tdk6034NetworkModeNotAwsvpc : TaskDefinitionRule
    {
        public override string Id => RuleIds.NetworkModeNotAwsvpc;

        public override void Check(ValidationContext context)
        {
            if (!context.Options.RequireAwsvpcNetworkMode || context.IsAwsVpc)
            {
                return;
            }

            NetworkMode? explicitMode = context.Definition.NetworkMode;
            context.Report(Id, "/networkMode",
                explicitMode.HasValue
                    ? MemberName.Mark("networkMode") + " is " + explicitMode.Value.Value + ", and the configuration requires awsvpc (each task its own network interface and security groups): set \"" + MemberName.Mark("networkMode") + "\" to \"awsvpc\"."
                    : MemberName.Mark("networkMode") + " is not set, so the task uses its platform's default rather than awsvpc, which the configuration requires: set \"" + MemberName.Mark("networkMode") + "\" to \"awsvpc\".");
        }
    }
}
