using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6006: <c>awslogs</c> in <c>blocking</c> mode can stall the application when log delivery is interrupted.</summary>
    /// <remarks>
    /// Source: [BOTO:LogConfiguration] options (mode): since 2025-06-25 ECS defaults to <c>non-blocking</c> unless the
    /// <c>defaultLogDriverMode</c> account setting says otherwise, so only an explicit <c>blocking</c> is reported.
    /// [CDKNAG ECSTaskDefinitionAwslogsDriverNotBlocking].
    /// </remarks>
    [Rule("TDK6006", "AwslogsBlockingMode", RuleSeverity.Info, "awslogs blocking mode")]
    internal sealed class Tdk6006AwslogsBlockingMode : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwslogsBlockingMode;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogConfiguration? log = container?.LogConfiguration;
                if (log?.Options is null || log.LogDriver != LogDriver.Awslogs)
                {
                    continue;
                }

                if (log.Options.TryGetValue("mode", out string? mode) && mode == "blocking")
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "options"), "mode"),
                        SecurityReferences.ContainerLabel(container!, i) + " sends awslogs in blocking mode: if CloudWatch Logs delivery is interrupted, writes to stdout/stderr block and the application can hang; use \"non-blocking\" with a suitable max-buffer-size unless losing logs is unacceptable.");
                }
            }
        }
    }
}
