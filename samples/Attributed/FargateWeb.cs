using TaskDefKit.Attributes;
using TaskDefKit.Model;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>
    /// A Fargate web task: the web container sends its logs through a FireLens (Fluent Bit) sidecar, reads a
    /// database password from Secrets Manager, mounts an EFS file system with transit encryption, has a health
    /// check, and starts after the log router.
    /// </summary>
    [TaskDefinition("quickstart-web",
        LaunchType = LaunchTypes.Fargate,
        NetworkMode = NetworkModes.AwsVpc,
        Cpu = "512",
        Memory = "1024",
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        TaskRoleArn = "arn:aws:iam::123456789012:role/quickstart-web-task",
        OperatingSystemFamily = OperatingSystemFamilies.Linux,
        CpuArchitecture = CpuArchitectures.X86_64)]
    [EfsVolume("shared-data", "fs-0123456789abcdef0", TransitEncryption = true, AccessPointId = "fsap-0123456789abcdef0", Iam = true)]
    [Tag("app", "quickstart")]
    public static partial class FargateWeb
    {
        [Container("web", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/quickstart-web:1.4.2",
            Essential = true, Cpu = 384, Memory = 768, User = "1000:1000", ReadonlyRootFilesystem = true)]
        [PortMapping(8080, Protocol = Protocols.Tcp, Name = "http", AppProtocol = AppProtocols.Http)]
        [Environment("ASPNETCORE_URLS", "http://+:8080")]
        [Secret("DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:quickstart/db-AbCdEf")]
        [MountPoint("shared-data", "/data")]
        [LogConfiguration(LogDrivers.AwsFirelens)]
        [LogOption("Name", "cloudwatch_logs")]
        [LogOption("region", "eu-west-1")]
        [LogOption("log_group_name", "/ecs/quickstart-web")]
        [LogOption("log_stream_prefix", "web/")]
        [HealthCheck("CMD-SHELL", "curl -f http://localhost:8080/health || exit 1", Interval = 30, Timeout = 5, Retries = 3, StartPeriod = 10)]
        [DependsOn("log-router", DependencyConditions.Start)]
        public static partial ContainerDefinition Web { get; }

        [Container("log-router", "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
            Essential = true, Cpu = 128, Memory = 256, User = "1000", ReadonlyRootFilesystem = true)]
        [FireLens(FireLensTypes.FluentBit, EnableEcsLogMetadata = true)]
        [AwsLogs("/ecs/quickstart-web/firelens", "eu-west-1", StreamPrefix = "firelens")]
        public static partial ContainerDefinition LogRouter { get; }
    }
}
