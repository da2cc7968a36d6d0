using System.IO;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>Attributed classes the generator tests share.</summary>
    public static class Sources
    {
        public static string Sample(string file) => File.ReadAllText(Path.Combine(RepoPaths.Root, "samples", "Attributed", file));

        /// <summary>
        /// Every attribute at least once (<c>AttributeCoverageTests</c> proves they reach every JSON member); an EC2 task so
        /// Docker volumes, tmpfs, ulimits and devices are all allowed. It is about the generator, not a deployable task: the
        /// App Mesh proxy would need awsvpc and the FSx volume Windows (TDK1026, TDK3014 say so), but its JSON is valid
        /// input for RegisterTaskDefinition (<c>GeneratedJsonOracleTests</c>).
        /// </summary>
        public const string KitchenSink = """
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            namespace Kitchen.Sink
            {
                public partial class Outer
                {
                    [TaskDefinition("kitchen-sink",
                        LaunchTypes = new[] { LaunchTypes.Ec2, LaunchTypes.External },
                        NetworkMode = NetworkModes.Bridge,
                        Cpu = "1 vCPU",
                        Memory = "2 GB",
                        TaskRoleArn = "arn:aws:iam::123456789012:role/task",
                        ExecutionRoleArn = "arn:aws:iam::123456789012:role/execution",
                        PidMode = PidModes.Task,
                        IpcMode = IpcModes.None,
                        OperatingSystemFamily = OperatingSystemFamilies.Linux,
                        CpuArchitecture = CpuArchitectures.Arm64,
                        EnableFaultInjection = true)]
                    [Tag("team", "platform")]
                    [Tag("quote", "say \"hi\" \\ bye\n")]
                    [PlacementConstraint("attribute:ecs.availability-zone in [eu-west-1a, eu-west-1b]")]
                    [Volume("host", HostPath = "/srv/data")]
                    [Volume("launch", ConfiguredAtLaunch = true)]
                    [EfsVolume("efs", "fs-12345678", RootDirectory = "/", TransitEncryption = true, TransitEncryptionPort = 2049)]
                    [DockerVolume("docker", Scope = DockerVolumeScopes.Shared, Autoprovision = true, Driver = "local",
                        DriverOptions = new[] { "type=nfs", "device=:/export" }, Labels = new[] { "tier=data" })]
                    [FsxWindowsVolume("fsx", "fs-0123456789abcdef0", @"share\data",
                        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:fsx-credentials", "corp.example.com")]
                    [S3FilesVolume("s3files", "arn:aws:s3files:eu-west-1:123456789012:file-system/fs-0123456789abcdef0",
                        AccessPointArn = "arn:aws:s3files:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0",
                        RootDirectory = "/", TransitEncryptionPort = 2999)]
                    [ProxyConfiguration("sidecar", Type = ProxyConfigurationTypes.AppMesh)]
                    [ProxyProperty(ProxyProperties.IgnoredUid, "1337")]
                    [ProxyProperty(ProxyProperties.AppPorts, "8080")]
                    [ProxyProperty(ProxyProperties.ProxyIngressPort, "15000")]
                    [ProxyProperty(ProxyProperties.ProxyEgressPort, "15001")]
                    [ProxyProperty(ProxyProperties.EgressIgnoredPorts, "")]
                    [ProxyProperty(ProxyProperties.EgressIgnoredIps, "169.254.170.2,169.254.169.254")]
                    [InferenceAccelerator("device1", "eia2.medium")]
                    internal static partial class KitchenSinkTask
                    {
                        [Container("app", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0.0",
                            Essential = true, Cpu = 512, Memory = 1024, MemoryReservation = 512, User = "1000:1000",
                            WorkingDirectory = "/app", Hostname = "app", ReadonlyRootFilesystem = true,
                            EntryPoint = new[] { "/bin/sh", "-c" }, Command = new[] { "exec app --port 8080" },
                            StartTimeout = 60, StopTimeout = 30, Interactive = false, PseudoTerminal = false,
                            Links = new[] { "sidecar:side" }, DnsServers = new[] { "10.0.0.2" }, DnsSearchDomains = new[] { "internal" },
                            DockerSecurityOptions = new[] { "no-new-privileges" }, VersionConsistency = "enabled",
                            RepositoryCredentials = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry-AbCdEf")]
                        [PortMapping(8080, HostPort = 0, Protocol = Protocols.Tcp, Name = "http", AppProtocol = AppProtocols.Http2)]
                        [PortMapping("9000-9010", Protocol = Protocols.Udp)]
                        [Environment("MODE", "production")]
                        [Secret("API_KEY", "arn:aws:ssm:eu-west-1:123456789012:parameter/api-key")]
                        [EnvironmentFile("arn:aws:s3:::bucket/app.env")]
                        [MountPoint("host", "/data", ReadOnly = true)]
                        [MountPoint("efs", "/efs")]
                        [MountPoint("docker", "/docker")]
                        [MountPoint("fsx", "/fsx")]
                        [MountPoint("s3files", "/s3files", ReadOnly = true)]
                        [VolumesFrom("sidecar", ReadOnly = true)]
                        [DependsOn("sidecar")]
                        [AwsLogs("/ecs/app", "eu-west-1", StreamPrefix = "app", CreateGroup = true, Mode = "non-blocking")]
                        [LogOption("max-buffer-size", "25m")]
                        [LogSecretOption("token", "arn:aws:ssm:eu-west-1:123456789012:parameter/token")]
                        [HealthCheck("CMD", "/bin/health", Interval = 10, Timeout = 5, Retries = 2, StartPeriod = 30)]
                        [Ulimit(UlimitNames.NoFile, 1024, 4096)]
                        [LinuxParameters(InitProcessEnabled = true, SharedMemorySize = 64, AddCapabilities = new[] { "SYS_PTRACE" },
                            DropCapabilities = new[] { "ALL" }, MaxSwap = 0, Swappiness = 10)]
                        [Tmpfs("/run", 64, MountOptions = new[] { "noexec" })]
                        [Device("/dev/fuse", ContainerPath = "/dev/fuse", Permissions = new[] { DevicePermissions.Read, DevicePermissions.Write })]
                        [Device("/dev/net/tun")]
                        [DockerLabel("com.example.team", "platform")]
                        [ExtraHost("db.internal", "10.0.0.10")]
                        [SystemControl("net.core.somaxconn", "1024")]
                        [ResourceRequirement(ResourceTypes.Gpu, "1")]
                        [RestartPolicy(true, IgnoredExitCodes = new[] { 0, 143 }, RestartAttemptPeriod = 60)]
                        public static partial ContainerDefinition App { get; }

                        [Container("sidecar", "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4", Memory = 128)]
                        [FireLens(FireLensTypes.FluentBit, EnableEcsLogMetadata = false, ConfigFileType = "file", ConfigFileValue = "/fluent-bit/etc/extra.conf")]
                        [FireLensOption("log-level", "info")]
                        [ResourceRequirement(ResourceTypes.InferenceAccelerator, "device1")]
                        [LogConfiguration(LogDrivers.JsonFile)]
                        internal static partial ContainerDefinition Sidecar { get; }
                    }
                }
            }
            """;

        /// <summary>The smallest definition, in the global namespace.</summary>
        public const string Minimal = """
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            [TaskDefinition("minimal")]
            public partial class Minimal
            {
                [Container("app", "nginx:1.27")]
                public static partial ContainerDefinition App { get; }
            }
            """;

        public static string Definition(string family, string image = "nginx:1.27") => $$"""
            using TaskDefKit.Attributes;
            using TaskDefKit.Model;

            namespace Edits
            {
                [TaskDefinition("{{family}}", LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = "256", Memory = "512")]
                public static partial class {{char.ToUpperInvariant(family[0]) + family.Substring(1)}}
                {
                    [Container("app", "{{image}}", Essential = true)]
                    public static partial ContainerDefinition App { get; }
                }
            }
            """;
    }
}
