using TaskDefKit.Builders;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Tests.CloudFormation
{
    /// <summary>Definitions that use the members whose CloudFormation or Terraform names are irregular.</summary>
    internal static class ExportSamples
    {
        public static TaskDefinition Web() => TaskDefinitionBuilder.Create("web-api")
            .Fargate(FargateSize.Cpu512.Memory1024)
            .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
            .TaskRole("arn:aws:iam::123456789012:role/web")
            .RuntimePlatform(OperatingSystemFamily.Linux, CpuArchitecture.Arm64)
            .EphemeralStorage(30)
            .EfsVolume("data", "fs-12345678", efs => efs.TransitEncryption().AccessPoint("fsap-1234567890abcdef0").IamAuthorization())
            .DockerVolume("scratch", docker => docker.TaskScoped().Driver("local").DriverOption("type", "tmpfs").Label("team", "web"))
            .Tag("team", "web")
            .Container("web", c => c
                .Image("public.ecr.aws/nginx/nginx:1.27")
                .Port(8080)
                .Environment("GREETING", "hello ${name}: #1")
                .Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf")
                .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web")
                .MountPoint("data", "/data"))
            .Container("envoy", c => c
                .Image("public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod")
                .Essential(false)
                .User("1337"))
            .AppMeshProxy("envoy", proxy => proxy.IgnoredUid(1337).AppPorts(8080).ProxyIngressPort(15000).ProxyEgressPort(15001).EgressIgnoredIps("169.254.170.2", "169.254.169.254"))
            .Build()
            .Definition;

        public static ServiceDefinition Service() => new ServiceDefinition
        {
            ServiceName = "web",
            Cluster = "prod",
            TaskDefinition = "web-api:3",
            DesiredCount = 2,
            LaunchType = LaunchType.Fargate,
            NetworkConfiguration = new NetworkConfiguration
            {
                AwsVpcConfiguration = new AwsVpcConfiguration { Subnets = new() { "subnet-0123456789abcdef0" }, SecurityGroups = new() { "sg-0123456789abcdef0" }, AssignPublicIp = AssignPublicIp.Disabled },
            },
            PlacementStrategy = null,
            ClientToken = "not-in-cloudformation",
        };

        public static ClusterDefinition Cluster() => new ClusterDefinition
        {
            ClusterName = "prod",
            Settings = new() { new ClusterSetting { Name = ClusterSettingName.ContainerInsights, Value = "enabled" } },
        };
    }
}
