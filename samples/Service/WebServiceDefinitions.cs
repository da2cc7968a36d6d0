using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Samples.Service
{
    /// <summary>
    /// A Fargate web service behind an Application Load Balancer, ready for Application Auto Scaling: the cluster, the
    /// task definition and the service. The tests validate the same objects the program writes.
    /// </summary>
    public static class WebServiceDefinitions
    {
        public const string Account = "123456789012";
        public const string Region = "us-east-1";
        public const string ClusterName = "shop";
        public const string ServiceName = "shop-web";

        /// <summary>The target group the load balancer forwards to (the load balancer and listener live with the network).</summary>
        public const string TargetGroupArn = "arn:aws:elasticloadbalancing:" + Region + ":" + Account + ":targetgroup/shop-web/0123456789abcdef";

        /// <summary>Private subnets in two Availability Zones; the tasks reach the internet through a NAT gateway.</summary>
        public static readonly string[] PrivateSubnets = { "subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002" };

        /// <summary>A security group that admits the load balancer's security group on port 8080 only.</summary>
        public const string TaskSecurityGroup = "sg-0a1b2c3d4e5f60003";

        /// <summary>
        /// The tasks the service starts with. Once Application Auto Scaling owns the count (between
        /// <see cref="MinimumTasks"/> and <see cref="MaximumTasks"/>), deployments leave it alone.
        /// </summary>
        public const int InitialTasks = 2;

        /// <summary>The scaling range: never fewer than two tasks (one per zone), at most ten.</summary>
        public const int MinimumTasks = 2;

        /// <summary>The upper end of the scaling range.</summary>
        public const int MaximumTasks = 10;

        /// <summary>
        /// The cluster: Container Insights with enhanced observability (the per-task metrics scaling decisions are
        /// checked against) and Fargate capacity.
        /// </summary>
        public static ClusterBuilder Cluster() =>
            ClusterBuilder.Create(ClusterName)
                .ContainerInsights(enhanced: true)
                .FargateCapacityProviders(CapacityStrategy.Fargate())
                .Tag("app", "shop");

        /// <summary>
        /// The web task: one essential container serving HTTP on 8080 (the named port mapping the load balancer and
        /// Service Connect use), a container health check, CloudWatch Logs, read-only root filesystem, non-root user.
        /// </summary>
        public static TaskDefinitionBuilder WebTask() =>
            TaskDefinitionBuilder.Create(ServiceName)
                .Fargate(FargateSize.Cpu512.Memory1024)
                .RuntimePlatform(OperatingSystemFamily.Linux, CpuArchitecture.X86_64)
                .ExecutionRole("arn:aws:iam::" + Account + ":role/ecsTaskExecutionRole")
                .TaskRole("arn:aws:iam::" + Account + ":role/shopWebTaskRole")
                .Volume("tmp")
                .Tag("app", "shop")
                .Container("web", web => web
                    .Image(Account + ".dkr.ecr." + Region + ".amazonaws.com/shop/web:1.8.2")
                    .Essential()
                    .Memory(1024)
                    .Port(8080, port => port.Name("http").AppProtocol(ApplicationProtocol.Http))
                    .Environment("ASPNETCORE_URLS", "http://+:8080")
                    .Secret("DB_PASSWORD", "arn:aws:secretsmanager:" + Region + ":" + Account + ":secret:shop/db-password-AbCdEf")
                    .MountPoint("tmp", "/tmp")
                    .HealthCheck(check => check
                        .Shell("curl -fsS http://localhost:8080/health || exit 1")
                        .Interval(15)
                        .Timeout(5)
                        .Retries(3)
                        .StartPeriod(30))
                    .AwsLogs(group: "/ecs/shop-web", region: Region, streamPrefix: "web", log => log.NonBlocking("25m"))
                    .LinuxParameters(linux => linux.InitProcessEnabled().DropCapabilities("ALL"))
                    .ReadonlyRootFilesystem()
                    .User("1000:1000"));

        /// <summary>
        /// The service, ready for autoscaling: a rolling deployment that keeps full capacity (100 %) while starting the
        /// new tasks (up to 200 %) and rolls back when the new revision cannot reach a steady state; private networking
        /// without public IPs; a grace period longer than the container's start period, so a scale-out is not cut short by
        /// load balancer health checks; tasks spread evenly across zones after a zone recovers.
        /// The container and port of the load balancer come from the task definition.
        /// </summary>
        public static ServiceBuilder WebService() =>
            ServiceBuilder.Create(ServiceName)
                .Cluster(ClusterName)
                .TaskDefinition(WebTask())
                .DesiredCount(InitialTasks)
                .CapacityProviders(CapacityStrategy.Fargate())
                .AwsVpcNetwork(network => network.Subnets(PrivateSubnets).SecurityGroups(TaskSecurityGroup))
                .LoadBalancer(TargetGroupArn)
                .HealthCheckGracePeriod(60)
                .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: 100, maximumPercent: 200))
                .AvailabilityZoneRebalancing(AvailabilityZoneRebalancing.Enabled)
                .PropagateTags(PropagateTags.Service)
                .EnableEcsManagedTags()
                .Tag("app", "shop");
    }
}
