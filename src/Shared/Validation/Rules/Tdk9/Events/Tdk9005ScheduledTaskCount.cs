using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>TDK9005: a scheduled task's <c>TaskCount</c> is 1–10 (RunTask starts at most 10 tasks per call).</summary>
    /// <remarks>Source: EventBridge API reference, EcsParameters.TaskCount (minimum 1); ECS API reference, RunTask count ("You can specify up to 10 tasks for each call").</remarks>
    [Rule("TDK9005", "ScheduledTaskCount", RuleSeverity.Error, "Scheduled task count is outside 1-10")]
    internal sealed class Tdk9005ScheduledTaskCount : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskCount;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                if (target.TaskCount is int count && (count < 1 || count > 10))
                {
                    context.Report(Id, target.EcsPointer + "/TaskCount", MemberName.Mark("TaskCount") + " is " + count + "; a scheduled task starts 1 to 10 tasks per invocation.");
                }
            }
        }
    }
}
