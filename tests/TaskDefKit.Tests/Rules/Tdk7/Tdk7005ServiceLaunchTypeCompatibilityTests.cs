using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7005ServiceLaunchTypeCompatibilityTests
    {
        private const string Ec2Task = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["EC2"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [{ "name": "web", "image": "nginx", "essential": true }]
            }
            """;

        private const string FargateService = """
            {
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } }
            }
            """;

        private static readonly string SpotService = FargateService.Replace(
            "\"launchType\": \"FARGATE\"", "\"capacityProviderStrategy\": [{ \"capacityProvider\": \"my-asg\", \"weight\": 1 }, { \"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1 }]");

        [Fact]
        public void Fargate_service_with_an_ec2_only_task_definition_fires()
        {
            var finding = Fires(RuleIds.ServiceLaunchTypeCompatibility, FargateService, Ec2Task, "/launchType");
            Assert.Contains("does not support launch_type FARGATE", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Fargate_service_with_a_fargate_compatible_task_definition_is_silent() =>
            Silent(RuleIds.ServiceLaunchTypeCompatibility, FargateService, Ec2Task.Replace("[\"EC2\"]", "[\"EC2\", \"FARGATE\"]"));

        [Fact]
        public void Fargate_spot_capacity_provider_with_an_ec2_only_task_definition_fires() =>
            Fires(RuleIds.ServiceLaunchTypeCompatibility, SpotService, Ec2Task, "/capacityProviderStrategy/1/capacityProvider");

        [Fact]
        public void Ec2_capacity_provider_with_an_ec2_only_task_definition_is_silent() =>
            Silent(RuleIds.ServiceLaunchTypeCompatibility, SpotService.Replace("FARGATE_SPOT", "my-other-asg"), Ec2Task);

        [Fact]
        public void Task_definition_without_requires_compatibilities_or_known_only_by_arn_is_silent()
        {
            Silent(RuleIds.ServiceLaunchTypeCompatibility, FargateService, Ec2Task.Replace("\"requiresCompatibilities\": [\"EC2\"],", string.Empty));
            Silent(RuleIds.ServiceLaunchTypeCompatibility, FargateService, null);
        }
    }
}
