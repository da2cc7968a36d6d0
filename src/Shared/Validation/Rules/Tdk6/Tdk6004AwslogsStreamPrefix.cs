using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6004: <c>awslogs</c> on Fargate requires <c>awslogs-stream-prefix</c>; a prefix must not contain <c>:</c> or
    /// <c>*</c> (it becomes part of the log-stream name, which may not contain them).
    /// </summary>
    /// <remarks>Source: [BOTO:LogConfiguration] options ("awslogs-stream-prefix Required: Yes, when using Fargate"); [AWSLOGS].</remarks>
    [Rule("TDK6004", "AwslogsStreamPrefix", RuleSeverity.Error, "awslogs on Fargate requires awslogs-stream-prefix")]
    internal sealed class Tdk6004AwslogsStreamPrefix : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwslogsStreamPrefix;

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

                string? prefix = null;
                if (log.Options is null || !log.Options.TryGetValue("awslogs-stream-prefix", out prefix) || prefix.Length == 0)
                {
                    if (context.IsFargate)
                    {
                        context.Report(Id, Pointer(i),
                            SecurityReferences.ContainerLabel(container!, i) + " uses awslogs on Fargate without awslogs-stream-prefix: add \"awslogs-stream-prefix\" (for example the service name \"" + (container!.Name ?? "app") + "\").");
                    }
                }
                else if (prefix!.IndexOf(':') >= 0 || prefix.IndexOf('*') >= 0)
                {
                    // Log-stream names may not contain ':' or '*' (unconfirmed as an ECS registration check).
                    context.Report(Id, Pointer(i),
                        SecurityReferences.ContainerLabel(container!, i) + " sets awslogs-stream-prefix to '" + prefix + "', but log-stream names cannot contain ':' or '*': remove those characters.");
                }
            }
        }

        private static string Pointer(int index) =>
            JsonPointer.Member(JsonPointer.Member(JsonPointer.Container(index, "logConfiguration"), "options"), "awslogs-stream-prefix");
    }
}
