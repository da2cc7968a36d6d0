using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    public class Tdk7022CodeDeployLoadBalancerTests
    {
        private const string CodeDeploy = "\"deploymentController\": { \"type\": \"CODE_DEPLOY\" }";
        private const string TargetGroup = "\"loadBalancers\": [{ \"targetGroupArn\": \"arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web-blue/0123456789abcdef\", \"containerName\": \"web\", \"containerPort\": 80 }]";

        [Fact]
        public void Code_deploy_without_a_load_balancer_fires() =>
            Fires(RuleIds.CodeDeployLoadBalancer, With(FargateService, CodeDeploy), FargateTask, "/loadBalancers");

        [Fact]
        public void Code_deploy_with_a_classic_load_balancer_fires() =>
            Fires(RuleIds.CodeDeployLoadBalancer, With(WithLaunch(FargateService, "\"launchType\": \"EC2\"").Replace(",\n  \"networkConfiguration\": { \"awsvpcConfiguration\": { \"subnets\": [\"subnet-0a1b2c3d\"] } }", string.Empty, System.StringComparison.Ordinal),
                CodeDeploy + ", \"loadBalancers\": [{ \"loadBalancerName\": \"web-elb\", \"containerName\": \"agent\", \"containerPort\": 8080 }]"), Ec2BridgeTask, "/loadBalancers/0/loadBalancerName");

        [Fact]
        public void Code_deploy_with_a_target_group_and_ecs_without_a_load_balancer_are_silent()
        {
            Silent(RuleIds.CodeDeployLoadBalancer, With(FargateService, CodeDeploy + ", " + TargetGroup), FargateTask);
            Silent(RuleIds.CodeDeployLoadBalancer, FargateService, FargateTask);
        }
    }
}
