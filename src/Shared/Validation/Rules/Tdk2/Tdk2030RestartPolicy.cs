using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2030: <c>restartPolicy</c> needs <c>enabled</c>; at most 50 <c>ignoredExitCodes</c>;
    /// <c>restartAttemptPeriod</c> 60–1800 s; codes or period with <c>enabled: false</c> are a warning.
    /// </summary>
    /// <remarks>ECS API ContainerRestartPolicy; CDK validateRestartPolicy.</remarks>
    [Rule("TDK2030", "RestartPolicy", RuleSeverity.Error, "Invalid restart policy")]
    [BuilderInputs("/containerDefinitions/*/restartPolicy")]
    internal sealed class Tdk2030RestartPolicy : TaskDefinitionRule
    {
        public override string Id => RuleIds.RestartPolicy;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                ContainerRestartPolicy? policy = container.RestartPolicy;
                if (policy is null)
                {
                    continue;
                }

                string Pointer() => JsonPointer.Container(i, "restartPolicy");
                string Who() => "The restart policy of container " + Tdk2Helpers.Describe(container, i);
                if (!policy.Enabled.HasValue)
                {
                    context.Report(Id, JsonPointer.Member(Pointer(), "enabled"), Who() + " has no '" + MemberName.Mark("enabled") + "': set it to true or false.");
                }

                int codes = policy.IgnoredExitCodes?.Count ?? 0;
                if (codes > Limits.MaxRestartIgnoredExitCodes)
                {
                    context.Report(Id, JsonPointer.Member(Pointer(), "ignoredExitCodes"), Who() + " ignores " + Tdk2Helpers.Text(codes) + " exit codes: ECS allows at most 50.");
                }

                int? period = policy.RestartAttemptPeriod;
                if (period.HasValue && (period.Value < Limits.MinRestartAttemptPeriod || period.Value > Limits.MaxRestartAttemptPeriod))
                {
                    context.Report(Id, JsonPointer.Member(Pointer(), "restartAttemptPeriod"), Who() + " has " + MemberName.Mark("restartAttemptPeriod") + " " + Tdk2Helpers.Text(period.Value) + ": use 60–1800 seconds.");
                }

                if (policy.Enabled == false && (codes > 0 || period.HasValue))
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(Pointer(), "enabled"),
                        Who() + " is disabled but sets " + MemberName.Mark(codes > 0 ? "ignoredExitCodes" : "restartAttemptPeriod") + ", which then has no effect: enable the policy or remove the setting.",
                        RuleSeverity.Warning);
                }
            }
        }
    }
}
