using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6001: <c>logConfiguration.logDriver</c> is required and must be a log driver the ECS API knows.</summary>
    /// <remarks>Source: [BOTO:LogConfiguration], [BOTO:LogDriver]. <c>logentries</c> (2023 guide) is no longer in the API enum.</remarks>
    [Rule("TDK6001", "LogDriver", RuleSeverity.Error, "Unknown or missing log driver")]
    internal sealed class Tdk6001LogDriver : TaskDefinitionRule
    {
        private const string Valid = "json-file, syslog, journald, gelf, fluentd, awslogs, splunk or awsfirelens";

        public override string Id => RuleIds.LogDriver;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogConfiguration? log = container?.LogConfiguration;
                if (log is null)
                {
                    continue;
                }

                if (log.LogDriver is null)
                {
                    context.Report(Id, Pointer(i),
                        SecurityReferences.ContainerLabel(container!, i) + " has a " + MemberName.Mark("logConfiguration") + " without " + MemberName.Mark("logDriver") + ": set " + MemberName.Mark("logDriver") + " to one of " + Valid + " (awslogs sends logs to CloudWatch Logs).");
                }
                else if (!log.LogDriver.Value.IsKnown)
                {
                    string value = log.LogDriver.Value.Value;
                    context.Report(Id, Pointer(i),
                        SecurityReferences.ContainerLabel(container!, i) + " uses log driver '" + value + "', which ECS does not support"
                        + (value == "logentries" ? " (logentries was removed from the API)" : string.Empty)
                        + ": use one of " + Valid + ".");
                }
            }
        }

        private static string Pointer(int index) => JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "logDriver");
    }
}
