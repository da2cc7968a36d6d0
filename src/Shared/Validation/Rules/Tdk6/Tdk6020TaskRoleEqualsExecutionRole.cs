using System;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6020: <c>taskRoleArn</c> is the same role as <c>executionRoleArn</c>, so the application gets the agent's permissions.</summary>
    /// <remarks>Source: [CHECKOV CKV_AWS_249] ECSTaskDefinitionRoleCheck.py. A bare task-role name equal to the execution role's name counts as the same role. Silent while TDK6019 reports either role as invalid
    /// (for example the same template placeholder in both): fix the references first.</remarks>
    [Rule("TDK6020", "TaskRoleEqualsExecutionRole", RuleSeverity.Info, "Task role equals execution role", Controls = new[] { "CKV_AWS_249" })]
    internal sealed class Tdk6020TaskRoleEqualsExecutionRole : TaskDefinitionRule
    {
        public override string Id => RuleIds.TaskRoleEqualsExecutionRole;

        public override void Check(ValidationContext context)
        {
            string? task = context.Definition.TaskRoleArn;
            string? execution = context.Definition.ExecutionRoleArn;
            if (string.IsNullOrEmpty(task) || string.IsNullOrEmpty(execution) || Tdk6019RoleArnFormat.ReportsEither(context))
            {
                return;
            }

            bool same = string.Equals(task, execution, StringComparison.Ordinal)
                || (task!.IndexOf(':') < 0 && task.IndexOf('/') < 0 && SecurityReferences.IsRoleArn(execution!)
                    && string.Equals(task, SecurityReferences.RoleNameOf(execution!), StringComparison.OrdinalIgnoreCase));
            if (same)
            {
                context.Report(Id, "/taskRoleArn",
                    MemberName.Mark("taskRoleArn") + " '" + task + "' is the same role as " + MemberName.Mark("executionRoleArn") + ", so the application gets the agent's permissions (image pulls, logs, secrets): give the task its own role with only the permissions the application needs.");
            }
        }
    }
}
