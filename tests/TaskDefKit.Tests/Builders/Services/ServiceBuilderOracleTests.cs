using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Placement;
using TaskDefKit.Testing;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>What the service, RunTask and cluster builders emit passes AWS's model for its operation (ecs-validate).</summary>
    public class ServiceBuilderOracleTests
    {
        private const string Role = "arn:aws:iam::123456789012:role/ecsInfrastructureRole";

        /// <summary>Services using every builder method and preset, keyed by file name.</summary>
        public static IReadOnlyDictionary<string, Func<ServiceBuilder>> ServiceCases { get; } = new Dictionary<string, Func<ServiceBuilder>>
        {
            ["fargate-web.json"] = () => ServiceBuilderCases.FargateWebService(),
            ["fargate-spot-canary.json"] = () => ServiceBuilderCases.FargateWebService()
                .Configure(s => s.LaunchType = null)
                .CapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 1, spotWeight: 3))
                .PlatformVersion("LATEST")
                .Configure(s => s.LoadBalancers = null)
                .LoadBalancer(ServiceBuilderCases.TargetGroup, lb => lb.Container("web", 8080).BlueGreen(
                    ServiceBuilderCases.TargetGroup.Replace("/web/", "/web-green/", StringComparison.Ordinal),
                    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/0123456789abcdef/0123456789abcdef/0123456789abcdef",
                    Role))
                .Deployment(DeploymentPreset.Canary(canaryPercent: 10, canaryBakeTimeInMinutes: 5, bakeTimeInMinutes: 10))
                .DeploymentAlarms(new[] { "web-5xx", "web-latency" })
                .LifecycleHook("arn:aws:lambda:us-east-1:123456789012:function:smoke-test", Role, DeploymentLifecycleHookStage.PostTestTrafficShift)
                .ServiceConnect("internal", sc => sc.Service("http", clientPort: 80, dnsName: "web.internal"))
                .ServiceRegistry("arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef", "web", 8080)
                .VpcLattice(Role, ServiceBuilderCases.TargetGroup, "http")
                .AvailabilityZoneRebalancing(AvailabilityZoneRebalancing.Enabled)
                .Tag("team", "web")
                .PropagateTags(PropagateTags.Service)
                .EnableEcsManagedTags()
                .EnableExecuteCommand()
                .ClientToken("create-web-1"),
            ["ec2-daemon.json"] = () => ServiceBuilder.Create("agent")
                .Cluster("prod")
                .TaskDefinition(ServiceBuilderCases.Ec2OnlyTask())
                .Ec2()
                .Daemon()
                .Deployment(DeploymentPreset.Rolling(minimumHealthyPercent: 0, maximumPercent: 100))
                .Placement(PlacementBuilder.Create().MemberOf(TaskDefKit.Placement.Cql.Cql.Attribute(EcsAttributes.InstanceType).Matches("t3.*")).Build())
                .ClassicLoadBalancer("web-classic", "web", 8080)
                .Role("arn:aws:iam::123456789012:role/ecsServiceRole"),
            ["ec2-replica.json"] = () => ServiceBuilder.Create("worker")
                .TaskDefinition(ServiceBuilderCases.Ec2OnlyTask())
                .DesiredCount(3)
                .CapacityProvider("my-asg-provider", weight: 1, baseCount: 1)
                .Placement(PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build())
                .ManagedEbsVolume("data", new ServiceManagedEbsVolumeConfiguration { RoleArn = Role, SizeInGiB = 20, Encrypted = true }),
            ["blue-green.json"] = () => ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.BlueGreen(bakeTimeInMinutes: 15)),
            ["linear.json"] = () => ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.Linear(stepPercent: 25, stepBakeTimeInMinutes: 3, bakeTimeInMinutes: 10)),
            ["code-deploy.json"] = () => ServiceBuilderCases.FargateWebService().DeploymentController(DeploymentControllerType.CodeDeploy).Replica(),
        };

        [Fact]
        public void Every_service_case_passes_ecs_validate_CreateService_in_one_run()
        {
            Dictionary<string, string> files = ServiceCases.ToDictionary(c => c.Key, c => c.Value().Build().ToJson(allowErrors: true));

            AssertAllValid(files, "CreateService");
        }

        [Fact]
        public void The_service_cases_set_every_member_of_the_create_service_input()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (Func<ServiceBuilder> make in ServiceCases.Values)
            {
                ServiceDefinition service = make().Build().Service;
                foreach (TaskDefKit.Model.Schema.MemberSchema member in ServiceDefinition.Schema.Members)
                {
                    if (member.Get(service) != null)
                    {
                        set.Add(member.JsonName);
                    }
                }
            }

            string[] missing = ServiceDefinition.Schema.Members.Select(m => m.JsonName).Where(name => !set.Contains(name)).ToArray();
            Assert.True(missing.Length == 0, "No service case sets: " + string.Join(", ", missing));
        }

        [Fact]
        public void A_run_task_passes_ecs_validate_RunTask()
        {
            string json = RunTaskBuilder.Create()
                .Cluster("prod")
                .TaskDefinition(ServiceBuilderCases.FargateWebTask().ConfiguredAtLaunchVolume("data"))
                .CapacityProviders(CapacityStrategy.FargateSpot())
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
                .ManagedEbsVolume("data", new TaskManagedEbsVolumeConfiguration { RoleArn = Role, SizeInGiB = 20 })
                .Build().ToJson();
            string ec2 = RunTaskBuilder.Create().TaskDefinition(ServiceBuilderCases.Ec2OnlyTask()).Ec2()
                .Placement(PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build()).Build().ToJson();

            AssertAllValid(new Dictionary<string, string> { ["run-task.json"] = json, ["run-task-ec2.json"] = ec2 }, "RunTask");
        }

        [Fact]
        public void A_cluster_passes_ecs_validate_CreateCluster()
        {
            string json = ClusterBuilder.Create("prod")
                .ContainerInsights(enhanced: true)
                .FargateCapacityProviders(CapacityStrategy.FargateWithSpot())
                .ExecuteCommand(kmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d", cloudWatchLogGroupName: "/ecs/exec")
                .ManagedStorageEncryption("arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d", "arn:aws:kms:us-east-1:123456789012:key/4e5f6a7b")
                .ServiceConnectDefaults("internal")
                .Tag("team", "platform")
                .Build().ToJson();

            AssertAllValid(new Dictionary<string, string> { ["cluster.json"] = json }, "CreateCluster");
        }

        private static void AssertAllValid(Dictionary<string, string> files, string operation)
        {
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(files, strict: true, operation: operation);

            Assert.True(verdict.AllValid, verdict.Output);
            foreach (string name in files.Keys)
            {
                Assert.Contains("OK ", verdict.Output.Split('\n').First(line => line.EndsWith(name, StringComparison.Ordinal)));
            }
        }
    }
}
