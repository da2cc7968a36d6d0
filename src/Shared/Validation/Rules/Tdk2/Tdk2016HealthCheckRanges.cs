using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2016: health-check ranges: <c>interval</c> 5–300 s, <c>timeout</c> 2–60 s, <c>retries</c> 1–10,
    /// <c>startPeriod</c> 0–300 s.
    /// </summary>
    /// <remarks>ECS API HealthCheck ("You may specify between 5 and 300 seconds" …). CDK accepts timeouts up to 120; ECS says 60.</remarks>
    [Rule("TDK2016", "HealthCheckRanges", RuleSeverity.Error, "Health check value out of range")]
    [BuilderInputs("/containerDefinitions/*/healthCheck")]
    internal sealed class Tdk2016HealthCheckRanges : TaskDefinitionRule
    {
        public override string Id => RuleIds.HealthCheckRanges;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                HealthCheck? check = context.Containers[i].HealthCheck;
                if (check is null)
                {
                    continue;
                }

                CheckRange(context, i, "interval", check.Interval, Limits.MinHealthCheckInterval, Limits.MaxHealthCheckInterval, " seconds");
                CheckRange(context, i, "timeout", check.Timeout, Limits.MinHealthCheckTimeout, Limits.MaxHealthCheckTimeout, " seconds");
                CheckRange(context, i, "retries", check.Retries, Limits.MinHealthCheckRetries, Limits.MaxHealthCheckRetries, string.Empty);
                CheckRange(context, i, "startPeriod", check.StartPeriod, 0, Limits.MaxHealthCheckStartPeriod, " seconds");
            }
        }

        private void CheckRange(ValidationContext context, int index, string member, int? value, int min, int max, string unit)
        {
            if (!value.HasValue || (value.Value >= min && value.Value <= max))
            {
                return;
            }

            context.Report(
                Id,
                JsonPointer.Member(JsonPointer.Container(index, "healthCheck"), member),
                MemberName.Mark("healthCheck") + "." + MemberName.Mark(member) + " of container " + Tdk2Helpers.Describe(context.Containers[index], index) + " is " + Tdk2Helpers.Text(value.Value) +
                ": ECS accepts " + Tdk2Helpers.Text(min) + "–" + Tdk2Helpers.Text(max) + unit + ".");
        }
    }
}
