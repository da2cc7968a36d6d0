using TaskDefKit.Attributes;
using TaskDefKit.Model;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>
    /// QuickStart's EC2 worker (<c>QuickStartDefinitions.Ec2Worker</c>) as attributes: bridge networking with a
    /// dynamic host port, host bind mounts for logs and configuration plus a task-scoped scratch volume, the queue URL
    /// from SSM Parameter Store, and a memberOf placement constraint that keeps it on compute-optimised Linux
    /// instances. <c>DefinitionJson</c> is byte for byte QuickStart's <c>shop-worker.ec2.json</c>.
    /// </summary>
    [TaskDefinition("shop-worker",
        LaunchType = LaunchTypes.Ec2,
        NetworkMode = NetworkModes.Bridge,
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        TaskRoleArn = "arn:aws:iam::123456789012:role/shopWorkerTaskRole")]
    [Volume("worker-logs", HostPath = "/var/log/shop-worker")]
    [Volume("worker-config", HostPath = "/etc/shop-worker")]
    [Volume("scratch")]
    [PlacementConstraint("attribute:ecs.instance-type =~ c6i.* and attribute:ecs.os-type == linux")]
    [Tag("app", "shop")]
    [Tag("tier", "worker")]
    public static partial class Ec2Worker
    {
        [Container("worker", "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/worker:1.8.2",
            Essential = true, Cpu = 512, Memory = 1024, MemoryReservation = 768, ReadonlyRootFilesystem = true, User = "1000:1000")]
        [PortMapping(9102, HostPort = 0, Name = "metrics", AppProtocol = AppProtocols.Http)]
        [Environment("WORKER_CONCURRENCY", "8")]
        [Secret("QUEUE_URL", "arn:aws:ssm:us-east-1:123456789012:parameter/shop/worker/queue-url")]
        [MountPoint("worker-logs", "/var/log/shop-worker")]
        [MountPoint("worker-config", "/etc/shop-worker", ReadOnly = true)]
        [MountPoint("scratch", "/scratch")]
        [HealthCheck("CMD-SHELL", "curl -fsS http://localhost:9102/metrics > /dev/null || exit 1", Interval = 30, Timeout = 5, Retries = 3, StartPeriod = 20)]
        [AwsLogs("/ecs/shop-worker", "us-east-1", StreamPrefix = "worker", Mode = "non-blocking")]
        [LogOption("max-buffer-size", "25m")]
        [Ulimit(UlimitNames.NoFile, 65536, 65536)]
        [LinuxParameters(InitProcessEnabled = true)]
        public static partial ContainerDefinition Worker { get; }
    }
}
