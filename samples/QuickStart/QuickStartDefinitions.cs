using System.Collections.Generic;
using TaskDefKit.Builders;
using TaskDefKit.Model;

namespace TaskDefKit.Samples.QuickStart
{
    /// <summary>The two task definitions the QuickStart writes; the tests validate the same ones.</summary>
    public static class QuickStartDefinitions
    {
        private const string Account = "123456789012";
        private const string Region = "us-east-1";
        private const string ExecutionRole = "arn:aws:iam::" + Account + ":role/ecsTaskExecutionRole";

        /// <summary>The definitions with the file name each is written to.</summary>
        public static IReadOnlyList<(string FileName, TaskDefinitionBuilder Builder)> All() => new[]
        {
            ("shop-web.fargate.json", FargateService()),
            ("shop-worker.ec2.json", Ec2Worker()),
        };

        /// <summary>
        /// A Fargate service task: the web application plus an AWS Distro for OpenTelemetry collector sidecar, both
        /// logging to CloudWatch Logs; the database password from Secrets Manager; uploads on an encrypted EFS volume
        /// through an access point; health checks, and the web container starting once the collector is healthy.
        /// </summary>
        public static TaskDefinitionBuilder FargateService() =>
            TaskDefinitionBuilder.Create("shop-web")
                .Fargate(FargateSize.Cpu512.Memory1024)
                .RuntimePlatform(OperatingSystemFamily.Linux, CpuArchitecture.X86_64)
                .ExecutionRole(ExecutionRole)
                .TaskRole("arn:aws:iam::" + Account + ":role/shopWebTaskRole")
                .EfsVolume("uploads", "fs-0a1b2c3d4e5f67890", efs => efs
                    .TransitEncryption()
                    .AccessPoint("fsap-0a1b2c3d4e5f67890")
                    .IamAuthorization())
                .Volume("tmp")
                .Tag("app", "shop")
                .Tag("tier", "web")
                .Container("web", web => web
                    .Image(Account + ".dkr.ecr." + Region + ".amazonaws.com/shop/web:1.8.2")
                    .Essential()
                    .Cpu(256)
                    .Memory(640)
                    .Port(8080, port => port.Name("http").AppProtocol(ApplicationProtocol.Http))
                    .Environment("ASPNETCORE_URLS", "http://+:8080")
                    .Environment("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317")
                    .Secret("DB_PASSWORD", "arn:aws:secretsmanager:" + Region + ":" + Account + ":secret:shop/db-password-AbCdEf")
                    .MountPoint("uploads", "/srv/uploads")
                    .MountPoint("tmp", "/tmp")
                    .DependsOn("otel-collector", ContainerCondition.Healthy)
                    .HealthCheck(check => check
                        .Shell("curl -fsS http://localhost:8080/health || exit 1")
                        .Interval(30)
                        .Timeout(5)
                        .Retries(3)
                        .StartPeriod(15))
                    .AwsLogs(group: "/ecs/shop-web", region: Region, streamPrefix: "web", log => log.NonBlocking("25m"))
                    .LinuxParameters(linux => linux.InitProcessEnabled().DropCapabilities("ALL"))
                    .ReadonlyRootFilesystem()
                    .User("1000:1000"))
                .Container("otel-collector", otel => otel
                    .Image("public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1")
                    .Essential()
                    .Cpu(128)
                    .Memory(256)
                    .Command("--config=/etc/ecs/ecs-default-config.yaml")
                    .HealthCheck(check => check.Exec("/healthcheck").Interval(10).Timeout(5).Retries(3).StartPeriod(5))
                    .AwsLogs(group: "/ecs/shop-web", region: Region, streamPrefix: "otel", log => log.NonBlocking("8m"))
                    .ReadonlyRootFilesystem()
                    .User("10001"));

        /// <summary>
        /// An EC2 worker: bridge networking with a dynamic host port, host bind mounts for logs and configuration plus a
        /// task-scoped scratch volume, the queue URL from SSM Parameter Store, and a memberOf placement constraint that
        /// keeps it on compute-optimised Linux instances.
        /// </summary>
        public static TaskDefinitionBuilder Ec2Worker() =>
            TaskDefinitionBuilder.Create("shop-worker")
                .Ec2()
                .Bridge()
                .ExecutionRole(ExecutionRole)
                .TaskRole("arn:aws:iam::" + Account + ":role/shopWorkerTaskRole")
                .HostVolume("worker-logs", "/var/log/shop-worker")
                .HostVolume("worker-config", "/etc/shop-worker")
                .Volume("scratch")
                .PlacementConstraint("attribute:ecs.instance-type =~ c6i.* and attribute:ecs.os-type == linux")
                .Tag("app", "shop")
                .Tag("tier", "worker")
                .Container("worker", worker => worker
                    .Image(Account + ".dkr.ecr." + Region + ".amazonaws.com/shop/worker:1.8.2")
                    .Essential()
                    .Cpu(512)
                    .Memory(1024)
                    .MemoryReservation(768)
                    .Port(9102, port => port.DynamicHostPort().Name("metrics").AppProtocol(ApplicationProtocol.Http))
                    .Environment("WORKER_CONCURRENCY", "8")
                    .Secret("QUEUE_URL", "arn:aws:ssm:" + Region + ":" + Account + ":parameter/shop/worker/queue-url")
                    .MountPoint("worker-logs", "/var/log/shop-worker")
                    .MountPoint("worker-config", "/etc/shop-worker", readOnly: true)
                    .MountPoint("scratch", "/scratch")
                    .HealthCheck(check => check
                        .Shell("curl -fsS http://localhost:9102/metrics > /dev/null || exit 1")
                        .Interval(30)
                        .Timeout(5)
                        .Retries(3)
                        .StartPeriod(20))
                    .AwsLogs(group: "/ecs/shop-worker", region: Region, streamPrefix: "worker", log => log.NonBlocking("25m"))
                    .Ulimit(UlimitName.Nofile, 65536, 65536)
                    .LinuxParameters(linux => linux.InitProcessEnabled())
                    .ReadonlyRootFilesystem()
                    .User("1000:1000"));
    }
}
