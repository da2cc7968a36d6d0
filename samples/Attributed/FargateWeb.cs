using TaskDefKit.Attributes;
using TaskDefKit.Model;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>
    /// QuickStart's Fargate service task (<c>QuickStartDefinitions.FargateService</c>) as attributes: the web
    /// application plus an AWS Distro for OpenTelemetry collector sidecar, both logging to CloudWatch Logs; the
    /// database password from Secrets Manager; uploads on an encrypted EFS volume through an access point; health
    /// checks, and the web container starting once the collector is healthy. <c>DefinitionJson</c> is byte for byte
    /// QuickStart's <c>shop-web.fargate.json</c>.
    /// </summary>
    [TaskDefinition("shop-web",
        LaunchType = LaunchTypes.Fargate,
        NetworkMode = NetworkModes.AwsVpc,
        Cpu = "512",
        Memory = "1024",
        OperatingSystemFamily = OperatingSystemFamilies.Linux,
        CpuArchitecture = CpuArchitectures.X86_64,
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        TaskRoleArn = "arn:aws:iam::123456789012:role/shopWebTaskRole")]
    [EfsVolume("uploads", "fs-0a1b2c3d4e5f67890", TransitEncryption = true, AccessPointId = "fsap-0a1b2c3d4e5f67890", Iam = true)]
    [Volume("tmp")]
    [Tag("app", "shop")]
    [Tag("tier", "web")]
    public static partial class FargateWeb
    {
        [Container("web", "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/web:1.8.2",
            Essential = true, Cpu = 256, Memory = 640, ReadonlyRootFilesystem = true, User = "1000:1000")]
        [PortMapping(8080, Name = "http", AppProtocol = AppProtocols.Http)]
        [Environment("ASPNETCORE_URLS", "http://+:8080")]
        [Environment("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")]
        [Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/db-password-AbCdEf")]
        [MountPoint("uploads", "/srv/uploads")]
        [MountPoint("tmp", "/tmp")]
        [DependsOn("otel-collector", DependencyConditions.Healthy)]
        [HealthCheck("CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1", Interval = 30, Timeout = 5, Retries = 3, StartPeriod = 15)]
        [AwsLogs("/ecs/shop-web", "us-east-1", StreamPrefix = "web", Mode = "non-blocking")]
        [LogOption("max-buffer-size", "25m")]
        [LinuxParameters(InitProcessEnabled = true, DropCapabilities = new[] { "ALL" })]
        public static partial ContainerDefinition Web { get; }

        [Container("otel-collector", "public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1",
            Essential = true, Cpu = 128, Memory = 256, Command = new[] { "--config=/etc/ecs/ecs-default-config.yaml" },
            ReadonlyRootFilesystem = true, User = "10001")]
        [HealthCheck("CMD", "/healthcheck", Interval = 10, Timeout = 5, Retries = 3, StartPeriod = 5)]
        [AwsLogs("/ecs/shop-web", "us-east-1", StreamPrefix = "otel", Mode = "non-blocking")]
        [LogOption("max-buffer-size", "8m")]
        public static partial ContainerDefinition OtelCollector { get; }
    }
}
