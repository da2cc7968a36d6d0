using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9106ScalingScheduleExpressionTests
    {
        [Fact]
        public void A_five_field_cron_fires() =>
            Fires(RuleIds.ScalingScheduleExpression, ScheduledAction.Replace("cron(0 22 ? * MON-FRI *)", "cron(0 22 * * MON-FRI)", System.StringComparison.Ordinal), null, "/Schedule");

        [Fact]
        public void A_malformed_at_fires() =>
            Fires(RuleIds.ScalingScheduleExpression, ScheduledAction.Replace("cron(0 22 ? * MON-FRI *)", "at(2026-12-31 23:00)", System.StringComparison.Ordinal), null, "/Schedule");

        [Fact]
        public void Cron_at_and_rate_are_silent()
        {
            Silent(RuleIds.ScalingScheduleExpression, ScheduledAction);
            Silent(RuleIds.ScalingScheduleExpression, ScheduledAction.Replace("cron(0 22 ? * MON-FRI *)", "at(2026-12-31T23:00:00)", System.StringComparison.Ordinal));
            Silent(RuleIds.ScalingScheduleExpression, ScheduledAction.Replace("cron(0 22 ? * MON-FRI *)", "rate(6 hours)", System.StringComparison.Ordinal));
        }
    }
}
