using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2017: <c>healthCheck.interval</c> shorter than <c>healthCheck.timeout</c> (both set).</summary>
    /// <remarks>CDK renderHealthCheck: "Health check interval should be longer than timeout."</remarks>
    [Rule("TDK2017", "HealthCheckIntervalShorterThanTimeout", RuleSeverity.Warning, "Health check interval shorter than timeout")]
    [BuilderInputs("/containerDefinitions/*/healthCheck")]
    internal sealed class Tdk2017HealthCheckIntervalShorterThanTimeout : TaskDefinitionRule
    {
        public override string Id => RuleIds.HealthCheckIntervalShorterThanTimeout;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                HealthCheck? check = context.Containers[i].HealthCheck;
                if (check?.Interval is int interval && check.Timeout is int timeout && interval < timeout)
                {
                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Container(i, "healthCheck"), "interval"),
                        "The health check of container " + Tdk2Helpers.Describe(context.Containers[i], i) + " runs every " + Tdk2Helpers.Text(interval) +
                        " s but waits up to " + Tdk2Helpers.Text(timeout) + " s for each check: make interval at least as long as timeout.");
                }
            }
        }
    }
}
