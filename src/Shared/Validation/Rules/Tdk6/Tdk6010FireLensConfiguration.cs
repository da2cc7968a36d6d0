using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6010: <c>firelensConfiguration</c>: <c>type</c> is <c>fluentd</c> or <c>fluentbit</c>; options are
    /// <c>enable-ecs-log-metadata</c> (<c>true</c>/<c>false</c>), <c>config-file-type</c> (<c>s3</c>/<c>file</c>; only
    /// <c>file</c> on Fargate) and <c>config-file-value</c> (not the path FireLens generates); an <c>s3</c> file needs an
    /// execution role; FireLens is Linux-only.
    /// </summary>
    /// <remarks>Source: [BOTO:FirelensConfiguration] ("Tasks hosted on Fargate only support the file configuration file type"), [BOTO:FirelensConfigurationType]; [FIRELENS].</remarks>
    [Rule("TDK6010", "FireLensConfiguration", RuleSeverity.Error, "Invalid FireLens configuration")]
    [BuilderInputs("/runtimePlatform", "/containerDefinitions/*/firelensConfiguration")]
    internal sealed class Tdk6010FireLensConfiguration : TaskDefinitionRule
    {
        public override string Id => RuleIds.FireLensConfiguration;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                FirelensConfiguration? firelens = container?.FirelensConfiguration;
                if (firelens is null)
                {
                    continue;
                }

                if (context.IsWindows)
                {
                    context.Report(Id, Pointer(i), Label(context, i) + " has a " + MemberName.Mark("firelensConfiguration") + ", but FireLens is not supported for Windows containers: use the awslogs log driver instead.");
                }

                FirelensConfigurationType? type = firelens.Type;
                if (type is null)
                {
                    context.Report(Id, JsonPointer.Member(Pointer(i), "type"), Label(context, i) + " has a " + MemberName.Mark("firelensConfiguration") + " without " + MemberName.Mark("type") + ": set \"" + MemberName.Mark("type") + "\" to \"fluentbit\" or \"fluentd\".");
                }
                else if (!type.Value.IsKnown)
                {
                    context.Report(Id, JsonPointer.Member(Pointer(i), "type"), Label(context, i) + " sets FireLens type '" + type.Value.Value + "': use \"fluentbit\" or \"fluentd\".");
                }

                Dictionary<string, string>? options = firelens.Options;
                if (options is null || options.Count == 0)
                {
                    continue;
                }

                foreach (KeyValuePair<string, string> option in options)
                {
                    switch (option.Key)
                    {
                        case "enable-ecs-log-metadata":
                            if (option.Value != "true" && option.Value != "false")
                            {
                                context.Report(Id, OptionPointer(i, option.Key), Label(context, i) + " sets enable-ecs-log-metadata to '" + option.Value + "': use \"true\" or \"false\".");
                            }

                            break;
                        case "config-file-type":
                            CheckConfigFileType(context, i, option.Value, options);
                            break;
                        case "config-file-value":
                            CheckConfigFileValue(context, i, option.Value, type, options);
                            break;
                        default:
                            context.Report(Id, OptionPointer(i, option.Key), Label(context, i) + " sets FireLens option '" + option.Key + "', which FireLens does not accept: use only enable-ecs-log-metadata, config-file-type and config-file-value.");
                            break;
                    }
                }
            }
        }

        private void CheckConfigFileType(ValidationContext context, int index, string value, Dictionary<string, string> options)
        {
            if (value != "s3" && value != "file")
            {
                context.Report(Id, OptionPointer(index, "config-file-type"), Label(context, index) + " sets config-file-type to '" + value + "': use \"file\" (a path in the router image) or \"s3\" (an S3 object ARN).");
                return;
            }

            if (!options.ContainsKey("config-file-value"))
            {
                context.Report(Id, OptionPointer(index, "config-file-type"), Label(context, index) + " sets config-file-type without config-file-value: add \"config-file-value\" with the " + (value == "s3" ? "S3 object ARN" : "file path") + " of the configuration file.");
            }

            if (value == "s3")
            {
                if (context.IsFargate)
                {
                    context.Report(Id, OptionPointer(index, "config-file-type"), Label(context, index) + " loads its FireLens configuration from S3, which Fargate does not support: bake the file into the router image and use config-file-type \"file\".");
                }
                else if (!SecurityReferences.HasExecutionRole(context))
                {
                    context.Report(Id, OptionPointer(index, "config-file-type"), Label(context, index) + " loads its FireLens configuration from S3, which needs a task execution role: set " + MemberName.Mark("executionRoleArn") + " to a role allowed s3:GetObject and s3:GetBucketLocation on the file.");
                }
            }
        }

        private void CheckConfigFileValue(ValidationContext context, int index, string value, FirelensConfigurationType? type, Dictionary<string, string> options)
        {
            if (!options.ContainsKey("config-file-type"))
            {
                context.Report(Id, OptionPointer(index, "config-file-value"), Label(context, index) + " sets config-file-value without config-file-type: add \"config-file-type\": \"file\" or \"s3\".");
            }

            if (options.TryGetValue("config-file-type", out string? fileType) && fileType == "s3" && !IsS3ObjectArn(value))
            {
                // ECS answers "Invalid arn syntax" at registration: the value is an object ARN, never an s3:// URL.
                string fix = value.StartsWith("s3://", System.StringComparison.Ordinal)
                    ? "arn:aws:s3:::" + value.Substring("s3://".Length)
                    : "arn:aws:s3:::<bucket>/<key>";
                context.Report(Id, OptionPointer(index, "config-file-value"), Label(context, index) + " sets config-file-value to '" + value
                    + "', which is not an S3 object ARN: with config-file-type \"s3\" use the object's ARN, " + fix + ".");
            }

            bool fluentBitPath = value == "/fluent-bit/etc/fluent-bit.conf";
            bool fluentdPath = value == "/fluentd/etc/fluent.conf";
            if ((fluentBitPath && type != FirelensConfigurationType.Fluentd) || (fluentdPath && type != FirelensConfigurationType.Fluentbit))
            {
                context.Report(Id, OptionPointer(index, "config-file-value"), Label(context, index) + " sets config-file-value to '" + value + "', the file FireLens generates and overwrites: put your configuration at another path (for example /extra.conf).");
            }
        }

        /// <summary><c>arn:&lt;partition&gt;:s3:::&lt;bucket&gt;/&lt;key&gt;</c>, the form FireLens takes for an S3 configuration file.</summary>
        private static bool IsS3ObjectArn(string value)
        {
            if (!value.StartsWith("arn:", System.StringComparison.Ordinal))
            {
                return false;
            }

            string[] parts = value.Split(new[] { ':' }, 6);
            return parts.Length == 6 && parts[1].StartsWith("aws", System.StringComparison.Ordinal) && parts[2] == "s3"
                && parts[3].Length == 0 && parts[4].Length == 0 && parts[5].IndexOf('/') > 0 && !parts[5].EndsWith("/", System.StringComparison.Ordinal);
        }

        private static string Label(ValidationContext context, int index) => SecurityReferences.ContainerLabel(context.Containers[index], index);

        private static string Pointer(int index) => JsonPointer.Container(index, "firelensConfiguration");

        private static string OptionPointer(int index, string key) => JsonPointer.Member(JsonPointer.Member(Pointer(index), "options"), key);
    }
}
