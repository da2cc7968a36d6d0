using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6002: on Fargate the log driver must be <c>awslogs</c>, <c>splunk</c> or <c>awsfirelens</c>.</summary>
    /// <remarks>Source: [BOTO:LogDriver] "For tasks on Fargate, the supported log drivers are awslogs, splunk, and awsfirelens."</remarks>
    [Rule("TDK6002", "FargateLogDriver", RuleSeverity.Error, "Log driver not supported on Fargate")]
    internal sealed class Tdk6002FargateLogDriver : TaskDefinitionRule
    {
        public override string Id => RuleIds.FargateLogDriver;

        public override void Check(ValidationContext context)
        {
            if (!context.IsFargate)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogDriver? driver = container?.LogConfiguration?.LogDriver;
                if (driver is null || !driver.Value.IsKnown)
                {
                    continue; // missing or unknown: TDK6001
                }

                LogDriver d = driver.Value;
                if (d == LogDriver.Awslogs || d == LogDriver.Splunk || d == LogDriver.Awsfirelens)
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "logDriver"),
                    SecurityReferences.ContainerLabel(container!, i) + " uses log driver '" + d.Value + "', which Fargate does not support: use awslogs, splunk or awsfirelens.");
            }
        }
    }
}
