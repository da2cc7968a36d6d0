using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6019: <c>executionRoleArn</c> must be a full IAM role ARN; <c>taskRoleArn</c> may be that ARN or a bare role name.</summary>
    /// <remarks>Source: [BOTO:RegisterTaskDefinitionRequest] (taskRoleArn "short name or full ARN", executionRoleArn "ARN"); IAM roleNameType.</remarks>
    internal sealed class Tdk6019RoleArnFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.RoleArnFormat;

        public override void Check(ValidationContext context)
        {
            string? execution = context.Definition.ExecutionRoleArn;
            if (execution != null && !SecurityReferences.IsRoleArn(execution))
            {
                context.Report(Id, "/executionRoleArn",
                    "executionRoleArn '" + execution + "' is not an IAM role ARN: use the full ARN, arn:aws:iam::<12-digit account>:role/<name>"
                    + (SecurityReferences.IsRoleName(execution) ? " (a bare role name is accepted only for taskRoleArn)." : " (replace any template placeholder before registering)."));
            }

            string? task = context.Definition.TaskRoleArn;
            if (task != null && !SecurityReferences.IsRoleArn(task) && !SecurityReferences.IsRoleName(task))
            {
                context.Report(Id, "/taskRoleArn",
                    "taskRoleArn '" + task + "' is neither an IAM role ARN nor a role name: use arn:aws:iam::<12-digit account>:role/<name> or the role's name (1-64 characters of letters, digits and +=,.@_-).");
            }
        }
    }
}
