using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>Task definitions and services the service builder tests share.</summary>
    internal static class ServiceBuilderCases
    {
        public const string TargetGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";

        /// <summary>A Fargate task with one web container mapping port 8080 and a sidecar without ports.</summary>
        public static TaskDefinitionBuilder FargateWebTask() =>
            TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu256.Memory512)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .Container("web", c => c
                    .Image("public.ecr.aws/nginx/nginx:1.27")
                    .Essential()
                    .Port(8080, p => p.Name("http"))
                    .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web"))
                .Container("sidecar", c => c
                    .Image("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0")
                    .Essential(false)
                    .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "otel"));

        /// <summary>An EC2-only task (bridge networking) with the same web container.</summary>
        public static TaskDefinitionBuilder Ec2OnlyTask() =>
            TaskDefinitionBuilder.Create("web-ec2")
                .Ec2()
                .Bridge()
                .Container("web", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Memory(512).Port(8080));

        /// <summary>A Fargate web service behind a target group on the shared task: the case every test starts from.</summary>
        public static ServiceBuilder FargateWebService(TaskDefinitionBuilder? task = null) =>
            ServiceBuilder.Create("web")
                .Cluster("prod")
                .TaskDefinition(task ?? FargateWebTask())
                .DesiredCount(2)
                .Fargate()
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d", "subnet-4e5f6a7b").SecurityGroups("sg-0a1b2c3d"))
                .LoadBalancer(TargetGroup)
                .HealthCheckGracePeriod(30);
    }
}
