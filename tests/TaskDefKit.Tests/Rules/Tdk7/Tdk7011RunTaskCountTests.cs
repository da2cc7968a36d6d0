using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7011RunTaskCountTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(11)]
        public void Count_outside_1_to_10_fires(int count) =>
            Single(RuleIds.RunTaskCount, ValidateRunTask(FargateRunTask.Replace("\"count\": 1", "\"count\": " + count, System.StringComparison.Ordinal), FargateTask), "/count");

        [Theory]
        [InlineData(1)]
        [InlineData(10)]
        public void Count_within_1_to_10_is_silent(int count) =>
            None(RuleIds.RunTaskCount, ValidateRunTask(FargateRunTask.Replace("\"count\": 1", "\"count\": " + count, System.StringComparison.Ordinal), FargateTask));

        [Fact]
        public void Count_is_not_a_service_member() =>
            Silent(RuleIds.RunTaskCount, FargateService, FargateTask);
    }
}
