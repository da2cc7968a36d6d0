using TaskDefKit.Model.Services;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk7
{
    /// <summary>
    /// TDK7008: <c>deploymentConfiguration.strategy</c> is ROLLING, BLUE_GREEN, LINEAR or CANARY; BLUE_GREEN needs
    /// <c>bakeTimeInMinutes</c>; <c>linearConfiguration</c> only with LINEAR, <c>canaryConfiguration</c> only with CANARY.
    /// </summary>
    /// <remarks>
    /// Source: DeploymentConfiguration API reference: bakeTimeInMinutes "You must provide this parameter when you use the
    /// BLUE_GREEN deployment strategy"; linearConfiguration "Only valid when the deployment strategy is LINEAR";
    /// canaryConfiguration "Only valid when the deployment strategy is CANARY".
    /// </remarks>
    [Rule("TDK7008", "DeploymentStrategy", RuleSeverity.Error, "Invalid deployment strategy")]
    [BuilderInputs("/deploymentConfiguration")]
    internal sealed class Tdk7008DeploymentStrategy : ServiceRule
    {
        private const string Configuration = "/deploymentConfiguration";

        public override string Id => RuleIds.DeploymentStrategy;

        public override void Check(ServiceValidationContext context)
        {
            DeploymentConfiguration? deployment = context.Service.DeploymentConfiguration;
            if (deployment is null)
            {
                return;
            }

            DeploymentStrategy? strategy = deployment.Strategy;
            if (strategy is DeploymentStrategy value && !value.IsKnown)
            {
                context.Report(Id, JsonPointer.Member(Configuration, "strategy"), MemberName.Mark("strategy") + " is '" + value.Value + "'; it takes ROLLING, BLUE_GREEN, LINEAR or CANARY.");
                return;
            }

            if (strategy == DeploymentStrategy.BlueGreen && !deployment.BakeTimeInMinutes.HasValue)
            {
                context.Report(Id, JsonPointer.Member(Configuration, "bakeTimeInMinutes"), "The BLUE_GREEN deployment strategy needs " + MemberName.Mark("bakeTimeInMinutes")
                    + ": how long both revisions run after production traffic has shifted.");
            }

            OnlyWith(context, deployment.LinearConfiguration != null, "linearConfiguration", DeploymentStrategy.Linear, strategy);
            OnlyWith(context, deployment.CanaryConfiguration != null, "canaryConfiguration", DeploymentStrategy.Canary, strategy);
        }

        private void OnlyWith(ServiceValidationContext context, bool present, string member, DeploymentStrategy required, DeploymentStrategy? strategy)
        {
            if (present && strategy != required)
            {
                context.Report(Id, JsonPointer.Member(Configuration, member), MemberName.Mark(member) + " applies only to the " + required.Value + " strategy; "
                    + MemberName.Mark("strategy") + " is " + (strategy.HasValue ? "'" + strategy.Value.Value + "'" : "not set (ROLLING)") + ": set it to " + required.Value + " or remove " + MemberName.Mark(member) + ".");
            }
        }
    }
}
