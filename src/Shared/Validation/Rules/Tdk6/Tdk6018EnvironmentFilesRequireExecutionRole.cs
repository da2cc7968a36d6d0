using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6018: <c>environmentFiles</c> need an <c>executionRoleArn</c> allowed to read the files from S3.</summary>
    /// <remarks>Source: [ENVFILES] (Required IAM permissions: s3:GetObject on the files, s3:GetBucketLocation on the bucket). Registration-time rejection is unconfirmed; the task cannot start without it.</remarks>
    [Rule("TDK6018", "EnvironmentFilesRequireExecutionRole", RuleSeverity.Error, "Environment files require an execution role")]
    internal sealed class Tdk6018EnvironmentFilesRequireExecutionRole : TaskDefinitionRule
    {
        public override string Id => RuleIds.EnvironmentFilesRequireExecutionRole;

        public override void Check(ValidationContext context)
        {
            if (SecurityReferences.HasExecutionRole(context))
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container?.EnvironmentFiles is null || container.EnvironmentFiles.Count == 0)
                {
                    continue;
                }

                context.Report(Id, JsonPointer.Container(i, "environmentFiles"),
                    SecurityReferences.ContainerLabel(container, i) + " loads " + MemberName.Mark("environmentFiles") + " from S3, but the task has no " + MemberName.Mark("executionRoleArn") + ": set " + MemberName.Mark("executionRoleArn") + " to a role allowed s3:GetObject on the files and s3:GetBucketLocation on the bucket.");
            }
        }
    }
}
