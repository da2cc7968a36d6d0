using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9001ScheduleExpressionTests
    {
        [Theory]
        [InlineData("rate(1 minutes)", "singular")]
        [InlineData("rate(5 minute)", "plural")]
        [InlineData("rate(0 days)", "positive")]
        [InlineData("rate(5 weeks)", "unit")]
        [InlineData("cron(0 3 * * * *)", "exactly one")]
        [InlineData("cron(0 3 ? * ? *)", "exactly one")]
        [InlineData("cron(0 3 * * ?)", "six fields")]
        [InlineData("cron(60 3 * * ? *)", "minutes")]
        [InlineData("cron(0 3 ? * MON#6 *)", "day-of-week")]
        [InlineData("cron(0 3 ? FOO * *)", "month")]
        [InlineData("cron(0 3 * * ? 1969)", "year")]
        [InlineData("every day", "not a schedule expression")]
        public void Malformed_expressions_name_their_problem(string expression, string expected)
        {
            string? problem = ScheduleExpressions.Problem(expression, allowAt: true);
            Assert.NotNull(problem);
            Assert.Contains(expected, problem, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("rate(1 minute)")]
        [InlineData("rate(12 hours)")]
        [InlineData("cron(0 10 * * ? *)")]
        [InlineData("cron(0/15 * * * ? *)")]
        [InlineData("cron(0 18 ? * MON-FRI *)")]
        [InlineData("cron(0 8 1 * ? *)")]
        [InlineData("cron(0 12 ? * 3#2 *)")]
        [InlineData("cron(0 0 L * ? *)")]
        [InlineData("cron(0 0 15W * ? *)")]
        [InlineData("cron(0 9 ? JAN,JUL 6L 2026-2030)")]
        public void The_documented_examples_are_valid(string expression) =>
            Assert.Null(ScheduleExpressions.Problem(expression, allowAt: false));

        [Fact]
        public void A_rule_with_a_bad_cron_fires() =>
            Fires(RuleIds.ScheduleExpression, Rule.Replace("rate(1 day)", "cron(0 3 * * * *)", System.StringComparison.Ordinal), null, "/ScheduleExpression");

        [Fact]
        public void A_rule_with_at_fires_but_a_schedule_with_at_is_silent()
        {
            Fires(RuleIds.ScheduleExpression, Rule.Replace("rate(1 day)", "at(2026-12-31T23:00:00)", System.StringComparison.Ordinal), null, "/ScheduleExpression");
            Silent(RuleIds.ScheduleExpression, Schedule.Replace("cron(0 3 * * ? *)", "at(2026-12-31T23:00:00)", System.StringComparison.Ordinal));
        }

        [Fact]
        public void The_correct_rule_and_schedule_are_silent()
        {
            Clean(Rule);
            Clean(Schedule, FargateTask);
        }
    }
}
