using TaskDefKit.Attributes;
using TaskDefKit.Model;

namespace TaskDefKit.Samples.Attributed
{
    /// <summary>
    /// An EC2 task in bridge mode: bind mounts (a host directory and a task-scoped scratch volume), dynamic host
    /// ports, and a memberOf placement constraint that keeps it on t3 instances.
    /// </summary>
    [TaskDefinition("quickstart-worker",
        LaunchType = LaunchTypes.Ec2,
        NetworkMode = NetworkModes.Bridge,
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole")]
    [Volume("host-logs", HostPath = "/var/log/quickstart")]
    [Volume("scratch")]
    [PlacementConstraint("attribute:ecs.instance-type =~ t3.*")]
    public static partial class Ec2Worker
    {
        [Container("worker", "public.ecr.aws/docker/library/nginx:1.27.3",
            Essential = true, Cpu = 256, Memory = 512, MemoryReservation = 256, User = "101", ReadonlyRootFilesystem = true)]
        [PortMapping(80, HostPort = 0)]
        [MountPoint("host-logs", "/var/log/nginx")]
        [MountPoint("scratch", "/tmp")]
        [AwsLogs("/ecs/quickstart-worker", "eu-west-1", StreamPrefix = "worker")]
        [Ulimit(UlimitNames.NoFile, 65536, 65536)]
        [HealthCheck("CMD-SHELL", "curl -f http://localhost/ || exit 1")]
        public static partial ContainerDefinition Worker { get; }

        [Container("metrics", "public.ecr.aws/docker/library/busybox:1.37.0",
            Essential = false, Memory = 128, User = "65534", ReadonlyRootFilesystem = true, Command = new[] { "httpd", "-f", "-p", "9100" })]
        [PortMapping(9100, HostPort = 0)]
        [VolumesFrom("worker", ReadOnly = true)]
        [AwsLogs("/ecs/quickstart-worker", "eu-west-1", StreamPrefix = "metrics")]
        [DependsOn("worker", DependencyConditions.Healthy)]
        public static partial ContainerDefinition Metrics { get; }
    }
}
