using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6019: <c>executionRoleArn</c> and <c>taskRoleArn</c> must each be an IAM role ARN or a bare role name.</summary>
    /// <remarks>An empty or blank value is reported here with its own message; the rules that need an execution role
    /// (TDK6010, TDK6013, TDK6015-TDK6018) then stay silent, as <see cref="SecurityReferences.HasExecutionRole"/> counts
    /// any given member. Source: [BOTO:RegisterTaskDefinitionRequest] (taskRoleArn "short name or full ARN"); for executionRoleArn the API text
    /// says "ARN", yet ECS fills in the account for a bare name of either role (the ECS team in
    /// aws-actions/amazon-ecs-render-task-definition#19), so a name is accepted for both; IAM roleNameType.</remarks>
    [Rule("TDK6019", "RoleArnFormat", RuleSeverity.Error, "Invalid IAM role reference")]
    internal sealed class Tdk6019RoleArnFormat : TaskDefinitionRule
    {
        public override string Id => RuleIds.RoleArnFormat;

        /// <summary>True when this rule reports <c>executionRoleArn</c> or <c>taskRoleArn</c> (and is not ignored); TDK6020 then stays silent.</summary>
        internal static bool ReportsEither(ValidationContext context)
        {
            if (context.IsIgnored(RuleIds.RoleArnFormat))
            {
                return false;
            }

            string? execution = context.Definition.ExecutionRoleArn;
            string? task = context.Definition.TaskRoleArn;
            return (execution != null && !IsRoleReference(execution)) || (task != null && !IsRoleReference(task));
        }

        /// <summary>What ECS accepts for either role: the full role ARN or the role's short name.</summary>
        private static bool IsRoleReference(string value) => SecurityReferences.IsRoleArn(value) || SecurityReferences.IsRoleName(value);

        private static string NotARoleReference(string member, string value) =>
            value.StartsWith("arn:", System.StringComparison.Ordinal)
                ? MemberName.Mark(member) + " '" + value + "' is not a valid IAM role ARN: use arn:aws:iam::<12-digit account>:role/<name> (replace any template placeholder before registering), or just the role's name."
                : MemberName.Mark(member) + " '" + value + "' is neither an IAM role ARN nor a role name: use arn:aws:iam::<12-digit account>:role/<name> or the role's name (1-64 characters of letters, digits and +=,.@_-).";

        public override void Check(ValidationContext context)
        {
            string? execution = context.Definition.ExecutionRoleArn;
            if (execution != null && execution.Trim().Length == 0)
            {
                context.Report(Id, "/executionRoleArn",
                    MemberName.Mark("executionRoleArn") + " is empty: set it to the task execution role's ARN, arn:aws:iam::<12-digit account>:role/<name>, or remove the member if nothing needs the role"
                    + " (awslogs or ECR images on Fargate, secrets, environment files and private registry credentials do).");
            }
            else if (execution != null && !IsRoleReference(execution))
            {
                context.Report(Id, "/executionRoleArn", NotARoleReference("executionRoleArn", execution));
            }

            string? task = context.Definition.TaskRoleArn;
            if (task != null && task.Trim().Length == 0)
            {
                context.Report(Id, "/taskRoleArn", MemberName.Mark("taskRoleArn") + " is empty: set it to the task role's ARN or name, or remove the member if the application needs no AWS permissions.");
            }
            else if (task != null && !IsRoleReference(task))
            {
                context.Report(Id, "/taskRoleArn", NotARoleReference("taskRoleArn", task));
            }
        }
    }
}
