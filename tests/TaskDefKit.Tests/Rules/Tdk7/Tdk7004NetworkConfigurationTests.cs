using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7004NetworkConfigurationTests
    {
        private const string AwsVpcTask = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [{ "name": "web", "image": "nginx", "essential": true, "portMappings": [{ "containerPort": 80 }] }]
            }
            """;

        private const string Service = """
            {
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"], "securityGroups": ["sg-0a1b2c3d"] } }
            }
            """;

        private static readonly string NoNetwork = Service.Replace(
            ",\n  \"networkConfiguration\": { \"awsvpcConfiguration\": { \"subnets\": [\"subnet-0a1b2c3d\"], \"securityGroups\": [\"sg-0a1b2c3d\"] } }", string.Empty);

        [Fact]
        public void Awsvpc_task_definition_without_network_configuration_fires()
        {
            Assert.DoesNotContain("networkConfiguration", NoNetwork, System.StringComparison.Ordinal);
            Fires(RuleIds.NetworkConfiguration, NoNetwork, AwsVpcTask, "/networkConfiguration");
        }

        [Fact]
        public void Awsvpc_configuration_without_subnets_fires() =>
            Fires(RuleIds.NetworkConfiguration, Service.Replace("\"subnets\": [\"subnet-0a1b2c3d\"], ", string.Empty), AwsVpcTask, "/networkConfiguration/awsvpcConfiguration/subnets");

        [Fact]
        public void Awsvpc_with_subnets_is_silent() =>
            Silent(RuleIds.NetworkConfiguration, Service, AwsVpcTask);

        [Fact]
        public void Bridge_task_definition_with_network_configuration_fires() =>
            Fires(RuleIds.NetworkConfiguration, Service.Replace("FARGATE", "EC2"), AwsVpcTask.Replace("awsvpc", "bridge").Replace("FARGATE", "EC2"), "/networkConfiguration");

        [Fact]
        public void Bridge_task_definition_without_network_configuration_is_silent() =>
            Silent(RuleIds.NetworkConfiguration, NoNetwork.Replace("FARGATE", "EC2"), AwsVpcTask.Replace("awsvpc", "bridge").Replace("FARGATE", "EC2"));

        [Fact]
        public void Task_definition_known_only_by_arn_is_silent() =>
            Silent(RuleIds.NetworkConfiguration, NoNetwork, null);
    }
}
