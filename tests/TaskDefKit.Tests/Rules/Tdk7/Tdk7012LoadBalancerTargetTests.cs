using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7012LoadBalancerTargetTests
    {
        private const string Task = """
            {
              "family": "web",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [
                { "name": "web", "image": "nginx", "essential": true, "portMappings": [{ "containerPort": 80 }, { "containerPort": 8080 }] },
                { "name": "sidecar", "image": "envoy", "essential": false }
              ]
            }
            """;

        private const string Service = """
            {
              "serviceName": "web",
              "taskDefinition": "web:3",
              "desiredCount": 2,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d"] } },
              "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "web", "containerPort": 8080 }]
            }
            """;

        [Fact]
        public void Matching_container_and_port_is_silent() =>
            Silent(RuleIds.LoadBalancerTarget, Service, Task);

        [Fact]
        public void Missing_container_fires() =>
            Fires(RuleIds.LoadBalancerTarget, Service.Replace("\"containerName\": \"web\"", "\"containerName\": \"app\""), Task, "/loadBalancers/0/containerName");

        [Fact]
        public void Unmapped_port_fires() =>
            Fires(RuleIds.LoadBalancerTarget, Service.Replace("\"containerPort\": 8080", "\"containerPort\": 443"), Task, "/loadBalancers/0/containerPort");

        [Fact]
        public void Port_of_another_container_fires() =>
            Fires(RuleIds.LoadBalancerTarget, Service.Replace("\"containerName\": \"web\"", "\"containerName\": \"sidecar\""), Task, "/loadBalancers/0/containerPort");

        [Fact]
        public void Classic_load_balancer_with_awsvpc_fires() =>
            Fires(RuleIds.LoadBalancerTarget,
                Service.Replace("\"targetGroupArn\": \"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef\"", "\"loadBalancerName\": \"web-clb\""),
                Task, "/loadBalancers/0/loadBalancerName");

        [Fact]
        public void Task_definition_known_only_by_arn_is_silent() =>
            Silent(RuleIds.LoadBalancerTarget, Service.Replace("\"containerPort\": 8080", "\"containerPort\": 443"), null);
    }
}
