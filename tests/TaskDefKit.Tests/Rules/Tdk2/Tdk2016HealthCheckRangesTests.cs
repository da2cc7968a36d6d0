using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2016HealthCheckRangesTests
    {
        private static string With(string members) =>
            Tdk2Json.Ec2(Tdk2Json.Container("web", "\"healthCheck\": { \"command\": [\"CMD\", \"true\"], " + members + " }"));

        [Theory]
        [InlineData("\"interval\": 4", "interval")]
        [InlineData("\"interval\": 301", "interval")]
        [InlineData("\"timeout\": 1", "timeout")]
        [InlineData("\"timeout\": 61", "timeout")]
        [InlineData("\"retries\": 0", "retries")]
        [InlineData("\"retries\": 11", "retries")]
        [InlineData("\"startPeriod\": -1", "startPeriod")]
        [InlineData("\"startPeriod\": 301", "startPeriod")]
        public void Fires_out_of_range(string members, string member) =>
            RuleAssert.Fires(RuleIds.HealthCheckRanges, With(members), "/containerDefinitions/0/healthCheck/" + member, RuleSeverity.Error);

        [Theory]
        [InlineData("\"interval\": 5, \"timeout\": 2, \"retries\": 1, \"startPeriod\": 0")]
        [InlineData("\"interval\": 300, \"timeout\": 60, \"retries\": 10, \"startPeriod\": 300")]
        public void Silent_at_the_bounds(string members) =>
            RuleAssert.Silent(RuleIds.HealthCheckRanges, With(members));
    }
}
