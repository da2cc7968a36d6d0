using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6005: <c>awslogs</c> options: only the known keys; <c>awslogs-datetime-format</c> and
    /// <c>awslogs-multiline-pattern</c> are mutually exclusive; <c>mode</c> is <c>non-blocking</c> or <c>blocking</c>;
    /// <c>max-buffer-size</c> only matters with <c>non-blocking</c> (warning); <c>awslogs-create-group: "true"</c> needs
    /// <c>logs:CreateLogGroup</c> (info).
    /// </summary>
    /// <remarks>Source: [CFNLINT E3046] logging_configuration.json (propertyNames enum); [BOTO:LogConfiguration] options; [AWSLOGS].</remarks>
    [Rule("TDK6005", "AwslogsOptions", RuleSeverity.Error, "Invalid awslogs option")]
    internal sealed class Tdk6005AwslogsOptions : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwslogsOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogConfiguration? log = container?.LogConfiguration;
                Dictionary<string, string>? map = log?.Options;
                if (map is null || map.Count == 0 || log!.LogDriver != LogDriver.Awslogs)
                {
                    continue;
                }

                foreach (KeyValuePair<string, string> option in map)
                {
                    if (!IsKnownKey(option.Key))
                    {
                        context.Report(Id, JsonPointer.Member(Options(i), option.Key),
                            SecurityReferences.ContainerLabel(container!, i) + " sets awslogs option '" + option.Key + "', which the awslogs driver does not accept: use only awslogs-create-group, awslogs-datetime-format, awslogs-group, awslogs-multiline-pattern, awslogs-region, awslogs-stream-prefix, max-buffer-size and mode.");
                    }
                }

                if (map.ContainsKey("awslogs-datetime-format") && map.ContainsKey("awslogs-multiline-pattern"))
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "awslogs-multiline-pattern"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets both awslogs-datetime-format and awslogs-multiline-pattern, which cannot be combined: keep only one of them.");
                }

                bool hasMode = map.TryGetValue("mode", out string? mode);
                if (hasMode && mode != "non-blocking" && mode != "blocking")
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "mode"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets log mode '" + mode + "': use \"non-blocking\" or \"blocking\".");
                }
                else if (mode == "blocking" && map.ContainsKey("max-buffer-size"))
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "max-buffer-size"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets max-buffer-size with mode \"blocking\", where it has no effect: set mode to \"non-blocking\" or remove max-buffer-size.",
                        RuleSeverity.Warning);
                }

                if (map.TryGetValue("awslogs-create-group", out string? create) && string.Equals(create, "true", System.StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "awslogs-create-group"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets awslogs-create-group to true: make sure the task execution role (or the container instance role on EC2) allows logs:CreateLogGroup.",
                        RuleSeverity.Info);
                }
            }
        }

        private static string Options(int index) => JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "options");

        private static bool IsKnownKey(string key)
        {
            switch (key)
            {
                case "awslogs-create-group":
                case "awslogs-datetime-format":
                case "awslogs-group":
                case "awslogs-multiline-pattern":
                case "awslogs-region":
                case "awslogs-stream-prefix":
                case "max-buffer-size":
                case "mode":
                    return true;
                default:
                    return false;
            }
        }
    }
}
