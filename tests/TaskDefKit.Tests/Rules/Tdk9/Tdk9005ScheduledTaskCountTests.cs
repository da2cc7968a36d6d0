using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9005ScheduledTaskCountTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(11)]
        public void Counts_outside_1_to_10_fire(int count) =>
            Fires(RuleIds.ScheduledTaskCount, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": " + count + ",", System.StringComparison.Ordinal), null, "/Targets/0/EcsParameters/TaskCount");

        [Fact]
        public void Eleven_tasks_fire() =>
            Fires(RuleIds.ScheduledTaskCount, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 11,", System.StringComparison.Ordinal), null, "/Targets/0/EcsParameters/TaskCount");

        [Fact]
        public void Ten_tasks_are_silent() =>
            Silent(RuleIds.ScheduledTaskCount, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 10,", System.StringComparison.Ordinal));
    }
}
