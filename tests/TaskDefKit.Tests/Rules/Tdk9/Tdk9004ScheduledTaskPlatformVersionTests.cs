using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9004ScheduledTaskPlatformVersionTests
    {
        [Fact]
        public void A_v_prefixed_version_fires() =>
            Assert.Contains("leave out the 'v'", Fires(RuleIds.ScheduledTaskPlatformVersion, Targets.Replace("\"1.4.0\"", "\"v1.4.0\"", System.StringComparison.Ordinal), null,
                "/Targets/0/EcsParameters/PlatformVersion").Message, System.StringComparison.Ordinal);

        [Fact]
        public void A_platform_version_on_ec2_fires() =>
            Fires(RuleIds.ScheduledTaskPlatformVersion, Targets.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"EC2\",", System.StringComparison.Ordinal), null,
                "/Targets/0/EcsParameters/PlatformVersion");

        [Fact]
        public void Numeric_and_latest_versions_are_silent()
        {
            Silent(RuleIds.ScheduledTaskPlatformVersion, Targets);
            Silent(RuleIds.ScheduledTaskPlatformVersion, Targets.Replace("\"1.4.0\"", "\"LATEST\"", System.StringComparison.Ordinal));
        }
    }
}
