using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7013DeploymentAlarmsTests
    {
        private const string Alarms = "\"deploymentConfiguration\": { \"alarms\": { \"alarmNames\": [\"web-5xx\"], \"enable\": true, \"rollback\": true } }";

        [Fact]
        public void Alarms_with_the_external_controller_fire() =>
            Fires(RuleIds.DeploymentAlarms, With(FargateService, Alarms + ", \"deploymentController\": { \"type\": \"EXTERNAL\" }"), FargateTask, "/deploymentConfiguration/alarms");

        [Fact]
        public void Alarms_without_names_fire() =>
            Fires(RuleIds.DeploymentAlarms, With(FargateService, Alarms.Replace("\"web-5xx\"", string.Empty, System.StringComparison.Ordinal)), FargateTask, "/deploymentConfiguration/alarms/alarmNames");

        [Fact]
        public void Alarms_with_the_ecs_controller_are_silent()
        {
            Silent(RuleIds.DeploymentAlarms, With(FargateService, Alarms), FargateTask);
            Silent(RuleIds.DeploymentAlarms, With(FargateService, Alarms + ", \"deploymentController\": { \"type\": \"ECS\" }"), FargateTask);
        }
    }
}
