using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>TDK9106: a scheduled action's <c>Schedule</c> is at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(six fields).</summary>
    /// <remarks>Source: Application Auto Scaling API reference, PutScheduledAction Schedule ("At expressions - at(yyyy-mm-ddThh:mm:ss)", "Rate expressions - rate(value unit)", "Cron expressions - cron(fields)").</remarks>
    [Rule("TDK9106", "ScalingScheduleExpression", RuleSeverity.Error, "Scheduled action schedule is not valid")]
    internal sealed class Tdk9106ScalingScheduleExpression : ScalingRule
    {
        public override string Id => RuleIds.ScalingScheduleExpression;

        public override void Check(ScalingValidationContext context)
        {
            string? schedule = context.Action?.Schedule;
            string? problem = schedule is null ? null : ScheduleExpressions.Problem(schedule, allowAt: true);
            if (problem != null)
            {
                context.Report(Id, "/Schedule", MemberName.Mark("Schedule") + ": " + problem);
            }
        }
    }
}
