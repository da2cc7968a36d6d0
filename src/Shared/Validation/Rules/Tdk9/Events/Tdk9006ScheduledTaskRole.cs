using System.Text.RegularExpressions;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9006: a scheduled ECS task target names the IAM role EventBridge assumes to run the task (<c>RoleArn</c>, an
    /// IAM role ARN). Without it the rule or schedule fires and no task starts.
    /// </summary>
    /// <remarks>
    /// Source: Amazon ECS Developer Guide, "Amazon ECS scheduled tasks" / "Amazon ECS EventBridge IAM role": EventBridge
    /// needs a role with ecs:RunTask and iam:PassRole to start the task; EventBridge API reference, Target.RoleArn.
    /// </remarks>
    [Rule("TDK9006", "ScheduledTaskRole", RuleSeverity.Error, "Scheduled task target has no IAM role")]
    internal sealed class Tdk9006ScheduledTaskRole : ScheduledTaskRule
    {
        private static readonly Regex s_roleArn = new Regex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$", RegexOptions.CultureInvariant);

        public override string Id => RuleIds.ScheduledTaskRole;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                string pointer = target.Pointer + "/RoleArn";
                if (string.IsNullOrEmpty(target.RoleArn))
                {
                    context.Report(Id, pointer, "The target has no " + MemberName.Mark("RoleArn") + ": EventBridge needs a role with ecs:RunTask (and iam:PassRole for the task's roles) to start the task.");
                }
                else if (!s_roleArn.IsMatch(target.RoleArn))
                {
                    context.Report(Id, pointer, MemberName.Mark("RoleArn") + " '" + target.RoleArn + "' is not an IAM role ARN (arn:aws:iam::123456789012:role/name).");
                }
            }
        }
    }
}
