using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7019ServiceRoleTests
    {
        private const string Bridge = """
            {
              "serviceName": "web",
              "taskDefinition": "agent:1",
              "desiredCount": 2,
              "launchType": "EC2",
              "role": "ecsServiceRole",
              "loadBalancers": [{ "loadBalancerName": "web-elb", "containerName": "agent", "containerPort": 8080 }]
            }
            """;

        [Fact]
        public void Role_without_a_load_balancer_fires() =>
            Fires(RuleIds.ServiceRole, With(FargateService, "\"role\": \"ecsServiceRole\""), null, "/role");

        [Fact]
        public void Role_under_awsvpc_fires() =>
            Fires(RuleIds.ServiceRole, With(FargateService, "\"role\": \"ecsServiceRole\", \"loadBalancers\": [{ \"targetGroupArn\": \"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/0123456789abcdef\", \"containerName\": \"web\", \"containerPort\": 80 }]"), FargateTask, "/role");

        [Fact]
        public void Role_with_a_load_balancer_in_bridge_mode_is_silent() =>
            Assert.Empty(Validate(Bridge, Ec2BridgeTask));
    }
}
