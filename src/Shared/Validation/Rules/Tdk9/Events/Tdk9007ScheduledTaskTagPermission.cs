using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9007 (advice): a scheduled task that tags its tasks (<c>Tags</c>, <c>EnableECSManagedTags</c>,
    /// <c>PropagateTags</c>) needs <c>ecs:TagResource</c> in the role EventBridge assumes; without it RunTask is denied
    /// and the task never starts, with no error anywhere but CloudTrail.
    /// </summary>
    /// <remarks>Source: Amazon ECS Developer Guide, "Amazon ECS EventBridge IAM role" (tagging on RunTask needs ecs:TagResource).</remarks>
    [Rule("TDK9007", "ScheduledTaskTagPermission", RuleSeverity.Info, "Scheduled task tags need ecs:TagResource in the role")]
    internal sealed class Tdk9007ScheduledTaskTagPermission : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskTagPermission;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                string? member = target.HasTags ? "Tags" : target.EnableEcsManagedTags == true ? "EnableECSManagedTags" : target.PropagateTags != null ? "PropagateTags" : null;
                if (member is null)
                {
                    continue;
                }

                context.Report(Id, target.EcsPointer + "/" + member, "The task is tagged (" + MemberName.Mark(member) + "): the role in " + MemberName.Mark("RoleArn")
                    + " needs ecs:TagResource, or RunTask is denied and the task never starts. Add: "
                    + "{\"Effect\": \"Allow\", \"Action\": \"ecs:TagResource\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"ecs:CreateAction\": \"RunTask\"}}}.");
            }
        }
    }
}
