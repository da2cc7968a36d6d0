using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6003: <c>awslogs</c> requires <c>awslogs-group</c> (a valid CloudWatch Logs group name) and <c>awslogs-region</c>.</summary>
    /// <remarks>
    /// Source: [BOTO:LogConfiguration] options ("awslogs-region Required: Yes", "awslogs-group Required: Yes");
    /// CloudWatch Logs LogGroupName: 1–512 characters of <c>[\.\-_/#A-Za-z0-9]</c>.
    /// </remarks>
    [Rule("TDK6003", "AwslogsRequiredOptions", RuleSeverity.Error, "awslogs requires awslogs-group and awslogs-region")]
    [BuilderInputs("/containerDefinitions/*/logConfiguration")]
    internal sealed class Tdk6003AwslogsRequiredOptions : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwslogsRequiredOptions;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                LogConfiguration? log = container?.LogConfiguration;
                if (log is null || log.LogDriver != LogDriver.Awslogs)
                {
                    continue;
                }

                Dictionary<string, string>? map = log.Options;
                string? group = null, region = null;
                bool hasGroup = map != null && map.TryGetValue("awslogs-group", out group);
                bool hasRegion = map != null && map.TryGetValue("awslogs-region", out region);

                if (!hasGroup)
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "awslogs-group"),
                        SecurityReferences.ContainerLabel(container!, i) + " uses awslogs without the awslogs-group option: add \"awslogs-group\" with the CloudWatch Logs group to send logs to (for example \"/ecs/" + (container!.Name ?? "app") + "\").");
                }
                else if (!IsLogGroupName(group!))
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "awslogs-group"),
                        SecurityReferences.ContainerLabel(container!, i) + " sets awslogs-group to '" + group + "', which is not a valid CloudWatch Logs group name: use 1-512 characters from letters, digits and . - _ / #.");
                }

                if (!hasRegion || region!.Trim().Length == 0)
                {
                    context.Report(Id, JsonPointer.Member(Options(i), "awslogs-region"),
                        SecurityReferences.ContainerLabel(container!, i) + " uses awslogs without " + (hasRegion ? "a value for " : string.Empty) + "the awslogs-region option: add \"awslogs-region\" with the Region of the log group (for example \"us-east-1\").");
                }
            }
        }

        private static string Options(int index) => JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "options");

        private static bool IsLogGroupName(string name)
        {
            if (name.Length == 0 || name.Length > 512)
            {
                return false;
            }

            foreach (char c in name)
            {
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_' || c == '/' || c == '#';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
