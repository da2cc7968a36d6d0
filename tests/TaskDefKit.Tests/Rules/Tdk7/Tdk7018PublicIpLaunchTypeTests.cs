using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7018PublicIpLaunchTypeTests
    {
        private static string Public(string json) =>
            json.Replace("\"subnets\": [\"subnet-0a1b2c3d\"]", "\"subnets\": [\"subnet-0a1b2c3d\"], \"assignPublicIp\": \"ENABLED\"", System.StringComparison.Ordinal);

        [Fact]
        public void Public_ip_on_ec2_fires() =>
            Assert.Contains("not supported", Fires(RuleIds.PublicIpLaunchType, Public(WithLaunch(FargateService, "\"launchType\": \"EC2\"")), null, "/networkConfiguration/awsvpcConfiguration/assignPublicIp").Message, System.StringComparison.Ordinal);

        [Fact]
        public void RunTask_public_ip_on_external_fires() =>
            Single(RuleIds.PublicIpLaunchType, ValidateRunTask(Public(WithLaunch(FargateRunTask, "\"launchType\": \"EXTERNAL\"")), null), "/networkConfiguration/awsvpcConfiguration/assignPublicIp");

        [Fact]
        public void Public_ip_on_fargate_or_an_asg_provider_is_silent()
        {
            Silent(RuleIds.PublicIpLaunchType, Public(FargateService), FargateTask);
            Silent(RuleIds.PublicIpLaunchType, Public(WithLaunch(FargateService, "\"capacityProviderStrategy\": [{ \"capacityProvider\": \"my-asg\", \"weight\": 1 }]")), null);
        }
    }
}
