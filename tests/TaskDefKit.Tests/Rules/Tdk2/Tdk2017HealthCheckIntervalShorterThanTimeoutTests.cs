using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2017HealthCheckIntervalShorterThanTimeoutTests
    {
        private static string With(string members) =>
            Tdk2Json.Ec2(Tdk2Json.Container("web", "\"healthCheck\": { \"command\": [\"CMD\", \"true\"], " + members + " }"));

        [Fact]
        public void Fires_when_interval_is_shorter_than_timeout() =>
            RuleAssert.Fires(RuleIds.HealthCheckIntervalShorterThanTimeout, With("\"interval\": 10, \"timeout\": 20"), "/containerDefinitions/0/healthCheck/interval", RuleSeverity.Warning);

        [Theory]
        [InlineData("\"interval\": 20, \"timeout\": 20")]
        [InlineData("\"interval\": 30, \"timeout\": 5")]
        [InlineData("\"timeout\": 40")]
        public void Silent_otherwise(string members) =>
            RuleAssert.Silent(RuleIds.HealthCheckIntervalShorterThanTimeout, With(members));
    }
}
