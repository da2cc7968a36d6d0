using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6007: <c>splunk</c> requires <c>splunk-url</c> and <c>splunk-token</c> (the token preferably in <c>secretOptions</c>).</summary>
    /// <remarks>Source: [BOTO:LogConfiguration] options ("To route logs using the splunk log router, you need to specify a splunk-token and a splunk-url").</remarks>
    [Rule("TDK6007", "SplunkOptions", RuleSeverity.Error, "splunk requires splunk-url and splunk-token")]
    internal sealed class Tdk6007SplunkOptions : TaskDefinitionRule
    {
        public override string Id => RuleIds.SplunkOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogConfiguration? log = container?.LogConfiguration;
                if (log is null || log.LogDriver != LogDriver.Splunk)
                {
                    continue;
                }

                if (!HasNonEmptyOption(log, "splunk-url"))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "options"), "splunk-url"),
                        SecurityReferences.ContainerLabel(container!, i) + " uses the splunk log driver without splunk-url: add \"splunk-url\" with the Splunk HTTP Event Collector URL.");
                }

                if (!HasNonEmptyOption(log, "splunk-token") && !HasSecretOption(log, "splunk-token"))
                {
                    context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "secretOptions"),
                        SecurityReferences.ContainerLabel(container!, i) + " uses the splunk log driver without splunk-token: add a " + MemberName.Mark("secretOptions") + " entry named \"splunk-token\" whose " + MemberName.Mark("valueFrom") + " is the Secrets Manager secret or SSM parameter holding the token.");
                }
            }
        }

        private static bool HasNonEmptyOption(LogConfiguration log, string key) =>
            log.Options != null && log.Options.TryGetValue(key, out string? value) && value != null && value.Length > 0;

        private static bool HasSecretOption(LogConfiguration log, string name)
        {
            if (log.SecretOptions is null)
            {
                return false;
            }

            foreach (Secret secret in log.SecretOptions)
            {
                if (secret != null && secret.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
