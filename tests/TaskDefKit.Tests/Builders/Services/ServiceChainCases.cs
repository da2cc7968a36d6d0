using System.Collections.Generic;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Placement;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>
    /// Service, RunTask and cluster chains that together call every public method of their builders (and of the nested
    /// builders and presets they take), each written as one chain from <c>Create</c>. The runtime tests check what they
    /// build with ecs-validate; the analyzer tests replay each through the builder descriptions and require the same JSON
    /// (DescriptionReplayTests) and no error (EcsInputBuilderAnalyzerTests). The analyzer tests compile this file alone
    /// against TaskDefKit, so it uses nothing else.
    /// </summary>
    internal static class ServiceChainCases
    {
        public const string TargetGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef";
        public const string GreenTargetGroup = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-green/0123456789abcdef";
        public const string ListenerRule = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/0123456789abcdef/0123456789abcdef/0123456789abcdef";
        public const string Role = "arn:aws:iam::123456789012:role/ecsInfrastructureRole";
        public const string KmsKey = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d";

        /// <summary>A Fargate task with one web container mapping port 8080 (named http) and a volume configured at launch.</summary>
        public static TaskDefinitionBuilder WebTask() =>
            TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu256.Memory512)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .ConfiguredAtLaunchVolume("data")
                .Container("web", c => c
                    .Image("public.ecr.aws/nginx/nginx:1.27")
                    .Essential()
                    .Port(8080, p => p.Name("http"))
                    .MountPoint("data", "/data")
                    .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web"));

        /// <summary>An EC2-only task (bridge networking).</summary>
        public static TaskDefinitionBuilder Ec2Task() =>
            TaskDefinitionBuilder.Create("web-ec2")
                .Ec2()
                .Bridge()
                .Container("web", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Memory(512).Port(8080));

        /// <summary>A Fargate web service with a rolling deployment behind a target group.</summary>
        public static ServiceBuilder FargateWeb() =>
            ServiceBuilder.Create("web-service")
                .ServiceName("web")
                .Cluster("prod")
                .TaskDefinition(WebTask())
                .DesiredCount(2)
                .Replica()
                .Fargate()
                .PlatformVersion("LATEST")
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d", "subnet-4e5f6a7b").SecurityGroups("sg-0a1b2c3d").AssignPublicIp(false))
                .LoadBalancer(TargetGroup)
                .HealthCheckGracePeriod(30)
                .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: 100, maximumPercent: 200))
                .DeploymentAlarms(new[] { "web-5xx" })
                .ServiceRegistry("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef", "web", 8080)
                .ServiceConnect("internal", sc => sc.Service("http", clientPort: 80, dnsName: "web.internal"))
                .AvailabilityZoneRebalancing(AvailabilityZoneRebalancing.Enabled)
                .ManagedEbsVolume("data", new ServiceManagedEbsVolumeConfiguration { RoleArn = Role, SizeInGiB = 20, Encrypted = true })
                .Tag("team", "web")
                .PropagateTags(PropagateTags.Service)
                .EnableEcsManagedTags()
                .EnableExecuteCommand()
                .ClientToken("create-web-1");

        /// <summary>Fargate and Fargate Spot, a canary deployment with its alternate target group, alarms and a hook.</summary>
        public static ServiceBuilder SpotCanary() =>
            ServiceBuilder.Create("web-canary")
                .Cluster("prod")
                .TaskDefinition(WebTask().Build())
                .DesiredCount(3)
                .CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 1, spotWeight: 3))
                .AwsVpcNetwork(new[] { "subnet-0a1b2c3d" }, new[] { "sg-0a1b2c3d" })
                .LoadBalancer(TargetGroup, lb => lb.Container("web", 8080).BlueGreen(GreenTargetGroup, ListenerRule, Role))
                .Deployment(DeploymentPreset.Canary(canaryPercent: 10, canaryBakeTimeInMinutes: 5, bakeTimeInMinutes: 10))
                .DeploymentAlarms(new[] { "web-5xx", "web-latency" }, rollback: false)
                .LifecycleHook("arn:aws:lambda:us-east-1:123456789012:function:smoke-test", Role, DeploymentLifecycleHookStage.PostTestTrafficShift)
                .ServiceConnect(null, sc => sc.Service("http", discoveryName: "web").ProxyLogs(new LogConfiguration { LogDriver = LogDriver.Awslogs }))
                .VpcLattice(Role, TargetGroup, "http");

        /// <summary>A linear deployment on a capacity provider added by hand, the network from lists.</summary>
        public static ServiceBuilder Linear() =>
            ServiceBuilder.Create("web-linear")
                .TaskDefinition(WebTask())
                .DesiredCount(2)
                .CapacityProvider("FARGATE", weight: 1, baseCount: 1)
                .AwsVpcNetwork(n => n.Subnets(new List<string> { "subnet-0a1b2c3d" }).SecurityGroups(new List<string> { "sg-0a1b2c3d" }))
                .LoadBalancer(TargetGroup, "web", 8080)
                .Deployment(DeploymentPreset.Linear(stepPercent: 25, stepBakeTimeInMinutes: 3, bakeTimeInMinutes: 10));

        /// <summary>Blue/green and rolling without a circuit breaker, one after the other (the last preset counts).</summary>
        public static ServiceBuilder BlueGreen() =>
            ServiceBuilder.Create("web-blue-green")
                .TaskDefinition(WebTask())
                .DesiredCount(2)
                .LaunchType(LaunchType.Fargate)
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d"))
                .LoadBalancer(TargetGroup)
                .Deployment(DeploymentPreset.BlueGreen(bakeTimeInMinutes: 15))
                .Deployment(DeploymentPreset.RollingWithoutCircuitBreaker(minimumHealthyPercent: 50));

        /// <summary>A daemon on EC2 behind a Classic Load Balancer, placed by instance type.</summary>
        public static ServiceBuilder Ec2Daemon() =>
            ServiceBuilder.Create("agent")
                .Cluster("prod")
                .TaskDefinition(Ec2Task())
                .Ec2()
                .Daemon()
                .Placement(PlacementBuilder.Create().MemberOf(TaskDefKit.Placement.Cql.Cql.Attribute(EcsAttributes.InstanceType).Matches("t3.*")).Build())
                .ClassicLoadBalancer("web-classic", "web", 8080)
                .Role("arn:aws:iam::123456789012:role/ecsServiceRole");

        /// <summary>A CODE_DEPLOY service named by its task definition's family and revision.</summary>
        public static ServiceBuilder CodeDeploy() =>
            ServiceBuilder.Create("web-code-deploy")
                .TaskDefinition("web:3")
                .DesiredCount(2)
                .DeploymentController(DeploymentControllerType.CodeDeploy)
                .LoadBalancer(TargetGroup, "web", 8080);

        /// <summary>A service whose task definition is given as a model (unknown to the analyzer), changed through the raw model.</summary>
        public static ServiceBuilder Raw() =>
            ServiceBuilder.Create("raw")
                .TaskDefinition(WebTask().Build().Definition)
                .DesiredCount(1)
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d"))
                .Configure(s => s.LaunchType = LaunchType.Fargate);

        /// <summary>A standalone task with every override.</summary>
        public static RunTaskBuilder FargateRun() =>
            RunTaskBuilder.Create()
                .Cluster("prod")
                .TaskDefinition(WebTask())
                .CapacityProviders(CapacityStrategy.Provider("FARGATE", weight: 1, baseCount: 1).And("FARGATE_SPOT", weight: 2))
                .PlatformVersion("LATEST")
                .Count(2)
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d").SecurityGroups("sg-0a1b2c3d").AssignPublicIp())
                .ContainerOverride("web", c => c.Command("nginx", "-t").Environment("MODE", "check").Cpu(128).Memory(256).MemoryReservation(128))
                .Size(FargateSize.Cpu512.Memory1024)
                .TaskRole("arn:aws:iam::123456789012:role/webTask")
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .Group("family:web")
                .StartedBy("ci")
                .ReferenceId("build-42")
                .Tag("team", "web")
                .PropagateTags(PropagateTags.TaskDefinition)
                .EnableEcsManagedTags()
                .EnableExecuteCommand()
                .ClientToken("run-42")
                .ManagedEbsVolume("data", new TaskManagedEbsVolumeConfiguration { RoleArn = Role, SizeInGiB = 20 });

        /// <summary>Standalone tasks on EC2, on Fargate Spot, and from lists.</summary>
        public static RunTaskBuilder Ec2Run() =>
            RunTaskBuilder.Create()
                .TaskDefinition(Ec2Task())
                .Ec2()
                .Placement(PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build());

        public static RunTaskBuilder SpotRun() =>
            RunTaskBuilder.Create()
                .TaskDefinition(WebTask().Build())
                .CapacityProvider("FARGATE_SPOT")
                .CapacityProviders(CapacityStrategy.FargateSpot())
                .AwsVpcNetwork(new[] { "subnet-0a1b2c3d" }, assignPublicIp: true);

        public static RunTaskBuilder NamedRun() =>
            RunTaskBuilder.Create()
                .TaskDefinition("web:3")
                .LaunchType(LaunchType.Fargate)
                .Fargate()
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d"))
                .Configure(r => r.Count = 1);

        public static RunTaskBuilder ModelRun() =>
            RunTaskBuilder.Create()
                .TaskDefinition(WebTask().Build().Definition)
                .Fargate()
                .AwsVpcNetwork(n => n.Subnets("subnet-0a1b2c3d"));

        /// <summary>A cluster with every setting.</summary>
        public static ClusterBuilder Everything() =>
            ClusterBuilder.Create("prod-cluster")
                .ClusterName("prod")
                .ContainerInsights(enhanced: true)
                .CapacityProviders("FARGATE")
                .FargateCapacityProviders(CapacityStrategy.FargateWithSpot())
                .ExecuteCommand(kmsKeyId: KmsKey, cloudWatchLogGroupName: "/ecs/exec")
                .ManagedStorageEncryption(KmsKey, KmsKey)
                .ServiceConnectDefaults("internal")
                .Tag("team", "platform");

        public static ClusterBuilder Plain() =>
            ClusterBuilder.Create("plain")
                .Setting(ClusterSettingName.ContainerInsights, "enabled")
                .CapacityProviders("FARGATE", "FARGATE_SPOT")
                .DefaultCapacityProviderStrategy(CapacityStrategy.Fargate(baseCount: 1))
                .ManagedStorageEncryption(fargateEphemeralStorageKmsKeyId: KmsKey)
                .Configure(c => c.Tags = null);
    }
}
