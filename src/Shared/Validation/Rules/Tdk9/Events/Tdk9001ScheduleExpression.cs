using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9001: the schedule expression of an EventBridge rule or Scheduler schedule follows the grammar: rate() with a
    /// positive value and minute(s)/hour(s)/day(s) (singular for 1), cron() with six fields where exactly one of
    /// day-of-month and day-of-week is '?', at(yyyy-mm-ddThh:mm:ss) for Scheduler only.
    /// </summary>
    /// <remarks>Source: EventBridge User Guide, "Using cron and rate expressions to schedule rules"; Scheduler User Guide, "Schedule types".</remarks>
    [Rule("TDK9001", "ScheduleExpression", RuleSeverity.Error, "Schedule expression is not valid")]
    internal sealed class Tdk9001ScheduleExpression : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduleExpression;

        public override void Check(ScheduledTaskValidationContext context)
        {
            if (context.ScheduleExpression is null)
            {
                return;
            }

            string? problem = ScheduleExpressions.Problem(context.ScheduleExpression, context.AllowsAt);
            if (problem != null)
            {
                context.Report(Id, "/ScheduleExpression", MemberName.Mark("ScheduleExpression") + ": " + problem);
            }
        }
    }
}
