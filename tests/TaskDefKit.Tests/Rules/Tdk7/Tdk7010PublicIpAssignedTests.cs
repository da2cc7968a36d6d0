using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7010PublicIpAssignedTests
    {
        private static string Assign(string json, string value) =>
            json.Replace("\"subnets\": [\"subnet-0a1b2c3d\"]", "\"subnets\": [\"subnet-0a1b2c3d\"], \"assignPublicIp\": \"" + value + "\"", System.StringComparison.Ordinal);

        [Fact]
        public void Service_with_a_public_ip_fires() =>
            Fires(RuleIds.PublicIpAssigned, Assign(FargateService, "ENABLED"), FargateTask, "/networkConfiguration/awsvpcConfiguration/assignPublicIp");

        [Fact]
        public void RunTask_with_a_public_ip_fires() =>
            Single(RuleIds.PublicIpAssigned, ValidateRunTask(Assign(FargateRunTask, "ENABLED"), FargateTask), "/networkConfiguration/awsvpcConfiguration/assignPublicIp");

        [Fact]
        public void Disabled_or_unset_is_silent()
        {
            Silent(RuleIds.PublicIpAssigned, Assign(FargateService, "DISABLED"), FargateTask);
            Silent(RuleIds.PublicIpAssigned, FargateService, FargateTask);
        }

        [Fact]
        public void An_unknown_value_is_tdk7004() =>
            Fires(RuleIds.NetworkConfiguration, Assign(FargateService, "YES"), FargateTask, "/networkConfiguration/awsvpcConfiguration/assignPublicIp");
    }
}
