using TaskDefKit.Builders;
using TaskDefKit.Model;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>
    /// Definitions written with the builder that, together, use every builder method. The area tests assert pieces
    /// of them; the oracle test sends all of them to ecs-validate in one run.
    /// </summary>
    public static class BuilderCases
    {
        public const string Account = "123456789012";
        public const string ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
        public const string DbSecretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf";

        /// <summary>The README's common path: Fargate, one essential container, a port, awslogs, a secret.</summary>
        public static TaskDefinitionBuilder FargateWeb() =>
            TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu256.Memory512)
                .ExecutionRole(ExecutionRoleArn)
                .TaskRole("arn:aws:iam::123456789012:role/webTaskRole")
                .Container("web", c => c
                    .Image("public.ecr.aws/nginx/nginx:1.27")
                    .Essential()
                    .Port(80)
                    .ReadonlyRootFilesystem()
                    .User("1000")
                    .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web")
                    .Secret("DB_PASSWORD", DbSecretArn));

        /// <summary>Fargate with EFS, FireLens, App Mesh, Service Connect ports, S3 Files, configured-at-launch, ARM64.</summary>
        public static TaskDefinitionBuilder FargateEverything() =>
            TaskDefinitionBuilder.Create("shop-api")
                .Fargate()
                .Size(FargateSize.Cpu1024.Memory3072)
                .ExecutionRole(ExecutionRoleArn)
                .TaskRole("shopApiTaskRole")
                .RuntimePlatform(OperatingSystemFamily.Linux, CpuArchitecture.Arm64)
                .EphemeralStorage(40)
                .PidMode(PidMode.Task)
                .EfsVolume("assets", "fs-0123456789abcdef0", v => v.AccessPoint("fsap-0123456789abcdef0").IamAuthorization().TransitEncryption(2999))
                .EfsVolume("scratch", "fs-0fedcba987654321f", v => v.RootDirectory("/scratch").TransitEncryption())
                .S3FilesVolume("datasets", "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0",
                    v => v.AccessPoint("arn:aws:s3files:us-east-1:123456789012:access-point/fsap-0123456789abcdef0").RootDirectory("/").TransitEncryptionPort(2049))
                .ConfiguredAtLaunchVolume("ebs-data")
                .Volume("tmp")
                .AppMeshProxy("envoy", p => p
                    .IgnoredUid(1337)
                    .AppPorts(8080)
                    .ProxyIngressPort(15000)
                    .ProxyEgressPort(15001)
                    .EgressIgnoredIps("169.254.170.2", "169.254.169.254")
                    .EgressIgnoredPorts(22))
                .Tag("team", "shop")
                .Tag("cost-center", "1234")
                .EnableFaultInjection()
                .Container("api", c => c
                    .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:2.3.1")
                    .Cpu(512)
                    .Memory(2048)
                    .MemoryReservation(1024)
                    .Port(8080, p => p.Name("http").AppProtocol(ApplicationProtocol.Http))
                    .Port(9090, p => p.Name("grpc").AppProtocol(ApplicationProtocol.Grpc).Tcp())
                    .PortRange(10000, 10010)
                    .Environment("ASPNETCORE_URLS", "http://+:8080")
                    .EnvironmentFile("arn:aws:s3:::shop-config/api/prod.env")
                    .Secret("DB_PASSWORD", DbSecretArn)
                    .MountPoint("assets", "/srv/assets", readOnly: true)
                    .MountPoint("scratch", "/srv/scratch")
                    .MountPoint("tmp", "/tmp")
                    .DependsOn("envoy", ContainerCondition.Healthy)
                    .DependsOn("log_router", ContainerCondition.Start)
                    .HealthCheck(h => h.Shell("curl -f http://localhost:8080/health || exit 1").Interval(30).Timeout(5).Retries(3).StartPeriod(10))
                    .FireLensLogs(l => l
                        .Option("Name", "cloudwatch_logs")
                        .Option("region", "us-east-1")
                        .Option("log_group_name", "/ecs/shop-api")
                        .Option("log_stream_prefix", "api/"))
                    .Ulimit(UlimitName.Nofile, 65535, 65535)
                    .LinuxParameters(l => l.InitProcessEnabled().AddCapabilities("SYS_PTRACE").DropCapabilities("NET_RAW"))
                    .SystemControl("net.ipv4.tcp_keepalive_time", "60")
                    .RestartPolicy(enabled: true, restartAttemptPeriod: 300, ignoredExitCodes: new[] { 0 })
                    .StartTimeout(60)
                    .StopTimeout(30)
                    .VersionConsistency(VersionConsistency.Enabled)
                    .ReadonlyRootFilesystem()
                    .User("1000:1000")
                    .WorkingDirectory("/app")
                    .EntryPoint("dotnet")
                    .Command("Shop.Api.dll")
                    .DockerLabel("com.example.service", "api"))
                .Container("envoy", c => c
                    .Image("840364872350.dkr.ecr.us-east-1.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod")
                    .Essential()
                    .MemoryReservation(256)
                    .User("1337")
                    .HealthCheck(h => h.Exec("/bin/sh", "-c", "curl -s http://localhost:9901/ready | grep -q LIVE").Interval(10).Timeout(2).Retries(3))
                    .AwsLogs("/ecs/shop-api", "us-east-1", "envoy", l => l.NonBlocking("25m")))
                .Container("log_router", c => c
                    .Image("public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4")
                    .Essential()
                    .MemoryReservation(64)
                    .User("0")
                    .FireLensRouter(FirelensConfigurationType.Fluentbit, f => f.Option("enable-ecs-log-metadata", "true"))
                    .AwsLogs("/ecs/shop-api", "us-east-1", "firelens", l => l.CreateGroup()));

        /// <summary>EC2 with bridge networking and every EC2-only container setting.</summary>
        public static TaskDefinitionBuilder Ec2Everything() =>
            TaskDefinitionBuilder.Create("batch-worker")
                .Ec2()
                .External()
                .Bridge()
                .Cpu("1 vCPU")
                .Memory("2GB")
                .IpcMode(IpcMode.Task)
                .PidMode(PidMode.Task)
                .HostVolume("logs", "/var/log/worker")
                .DockerVolume("cache", v => v.TaskScoped().Driver("local").DriverOption("type", "tmpfs").DriverOption("device", "tmpfs").Label("purpose", "cache"))
                .DockerVolume("shared-data", v => v.Shared(autoprovision: true).Driver("local"))
                .PlacementConstraint("attribute:ecs.instance-type =~ c5.*")
                .InferenceAccelerator("eia1", "eia2.medium")
                .Tags(new System.Collections.Generic.Dictionary<string, string> { ["env"] = "prod" })
                .Container("worker", c => c
                    .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1.4.2")
                    .Cpu(512)
                    .Memory(1024)
                    .Port(8080, p => p.DynamicHostPort())
                    .Port(8125, p => p.HostPort(8125).Udp())
                    .Environment(new System.Collections.Generic.Dictionary<string, string> { ["QUEUE"] = "jobs", ["WORKERS"] = "4" })
                    .Secret("API_KEY", "/prod/worker/api-key")
                    .MountPoint("logs", "/var/log/worker")
                    .MountPoint("cache", "/cache")
                    .MountPoint("shared-data", "/data", readOnly: true)
                    .VolumesFrom("sidecar", readOnly: true)
                    .Link("sidecar:helper")
                    .Hostname("worker")
                    .DnsServers("10.0.0.2")
                    .DnsSearchDomains("corp.example.com")
                    .ExtraHost("db.internal", "10.0.1.10")
                    .DockerSecurityOptions("no-new-privileges")
                    .DisableNetworking(false)
                    .Privileged(false)
                    .Interactive()
                    .PseudoTerminal()
                    .Gpu(1)
                    .ResourceRequirement(ResourceType.InferenceAccelerator, "eia1")
                    .RepositoryCredentials("arn:aws:secretsmanager:us-east-1:123456789012:secret:registry-creds-AbCdEf")
                    .LinuxParameters(l => l
                        .Device("/dev/fuse", "/dev/fuse", DeviceCgroupPermission.Read, DeviceCgroupPermission.Write)
                        .SharedMemorySize(256)
                        .Tmpfs("/run", 64, "rw", "noexec")
                        .MaxSwap(512)
                        .Swappiness(10))
                    .LogConfiguration(LogDriver.Splunk, l => l
                        .Option("splunk-url", "https://splunk.example.com:8088")
                        .SecretOption("splunk-token", "arn:aws:ssm:us-east-1:123456789012:parameter/splunk/token")
                        .Blocking())
                    .ReadonlyRootFilesystem()
                    .User("worker"))
                .Container("sidecar", c => c
                    .Image("busybox:1.36")
                    .Essential(false)
                    .Memory(64)
                    .Command("sh", "-c", "sleep infinity")
                    .User("nobody")
                    .ReadonlyRootFilesystem()
                    .LogConfiguration(LogDriver.JsonFile, l => l.Option("max-size", "10m")))
                .ExecutionRole(ExecutionRoleArn);

        /// <summary>Windows on EC2 with an FSx for Windows File Server volume and a credential spec.</summary>
        public static TaskDefinitionBuilder WindowsFsx() =>
            TaskDefinitionBuilder.Create("iis")
                .Ec2()
                .RuntimePlatform(OperatingSystemFamily.WindowsServer2022Core)
                .CpuArchitecture(CpuArchitecture.X86_64)
                .ExecutionRole(ExecutionRoleArn)
                .FsxWindowsVolume("content", "fs-0123456789abcdef0", @"\share\content",
                    "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-creds-AbCdEf", "corp.example.com")
                .Container("iis", c => c
                    .Image("mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022")
                    .Cpu(1024)
                    .Memory(2048)
                    .Port(80, p => p.HostPort(8080))
                    .MountPoint("content", @"C:\inetpub\wwwroot")
                    .CredentialSpec("credentialspecdomainless:arn:aws:ssm:us-east-1:123456789012:parameter/iis/credspec")
                    .AwsLogs("/ecs/iis", "us-east-1", "iis"));

        public static TaskDefinitionBuilder Raw() =>
            TaskDefinitionBuilder.Create("raw")
                .Ec2()
                .Memory(512)
                .Cpu(256)
                .Configure(td => td.NetworkMode = new NetworkMode("bridge"))
                .Container("app", c => c
                    .Image("busybox:1.36")
                    .Configure(cd => cd.Essential = true)
                    .Name("app2")
                    .Memory(128));
    }
}
