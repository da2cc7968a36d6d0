using System;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>RunTaskBuilder and ClusterBuilder: what they write and what Build() completes.</summary>
    public class RunTaskAndClusterBuilderTests
    {
        [Fact]
        public void A_run_task_names_its_task_definition_s_family_and_carries_its_build_result()
        {
            RunTaskBuildResult result = RunTaskBuilder.Create()
                .Cluster("prod")
                .TaskDefinition(ServiceBuilderCases.FargateWebTask())
                .Fargate()
                .Count(1)
                .AwsVpcNetwork(new[] { "subnet-0a1b2c3d" }, new[] { "sg-0a1b2c3d" })
                .ContainerOverride("web", c => c.Command("nginx", "-t").Environment("MODE", "check").Cpu(128).Memory(256).MemoryReservation(128))
                .Size(FargateSize.Cpu512.Memory1024)
                .Build();

            RunTask runTask = result.RunTask;
            Assert.Equal("web", runTask.TaskDefinition);
            Assert.Equal(AssignPublicIp.Disabled, runTask.NetworkConfiguration!.AwsVpcConfiguration!.AssignPublicIp);
            ContainerOverride container = Assert.Single(runTask.Overrides!.ContainerOverrides!);
            Assert.Equal(new[] { "nginx", "-t" }, container.Command);
            Assert.Equal("512", runTask.Overrides.Cpu);
            Assert.Equal("1024", runTask.Overrides.Memory);
            Assert.NotNull(result.TaskDefinition);
            Assert.Equal("RunTask", result.Operation);
            Assert.False(result.HasErrors);
        }

        [Fact]
        public void A_run_task_is_a_snapshot_and_copies_what_it_starts_from()
        {
            RunTaskBuilder builder = RunTaskBuilder.Create().TaskDefinition("job:2").Count(1);
            RunTaskBuildResult first = builder.Build();
            builder.Count(3);
            Assert.Equal(1, first.RunTask.Count);
            Assert.Null(first.TaskDefinition);

            var original = new RunTask { TaskDefinition = "job", Count = 1 };
            RunTaskBuilder.From(original).Count(2).Build();
            Assert.Equal(1, original.Count);
        }

        [Fact]
        public void A_cluster_turns_on_container_insights_and_fargate_capacity()
        {
            ClusterDefinition cluster = ClusterBuilder.Create("prod")
                .ContainerInsights(enabled: false)
                .ContainerInsights(enhanced: true)
                .FargateCapacityProviders(CapacityStrategy.FargateWithSpot(onDemandBase: 2, spotWeight: 3))
                .CapacityProviders(CapacityStrategy.FargateProvider, "my-asg-provider")
                .ExecuteCommand(cloudWatchLogGroupName: "/ecs/exec")
                .ServiceConnectDefaults("internal")
                .Build().Cluster;

            ClusterSetting insights = Assert.Single(cluster.Settings!);
            Assert.Equal(ClusterSettingName.ContainerInsights, insights.Name);
            Assert.Equal("enhanced", insights.Value);
            Assert.Equal(new[] { "FARGATE", "FARGATE_SPOT", "my-asg-provider" }, cluster.CapacityProviders);
            Assert.Equal(new[] { ("FARGATE", 1, (int?)2), ("FARGATE_SPOT", 3, (int?)null) },
                cluster.DefaultCapacityProviderStrategy!.Select(i => (i.CapacityProvider!, i.Weight!.Value, i.Base)));
            Assert.Equal(ExecuteCommandLogging.Override, cluster.Configuration!.ExecuteCommandConfiguration!.Logging);
            Assert.True(cluster.Configuration.ExecuteCommandConfiguration.LogConfiguration!.CloudWatchEncryptionEnabled);
        }

        [Fact]
        public void Capacity_strategy_presets_hand_out_copies()
        {
            CapacityStrategy spot = CapacityStrategy.FargateSpot();
            ServiceDefinition first = ServiceBuilder.Create("a").TaskDefinition("a").DesiredCount(1).CapacityProviders(spot).Build().Service;
            first.CapacityProviderStrategy![0].Weight = 99;
            ServiceDefinition second = ServiceBuilder.Create("b").TaskDefinition("b").DesiredCount(1).CapacityProviders(spot).Build().Service;

            Assert.Equal(1, second.CapacityProviderStrategy![0].Weight);
            Assert.Equal("FARGATE_SPOT", Assert.Single(spot.Items).CapacityProvider);
            Assert.Equal(5, CapacityStrategy.Fargate(baseCount: 5).Items[0].Base);
            Assert.Equal(2, CapacityStrategy.Provider("my-asg", 2).And("FARGATE", 1).Items.Count);
        }

        [Fact]
        public void Json_of_a_cluster_is_the_writer_s_json()
        {
            ClusterBuildResult result = ClusterBuilder.Create("prod").ContainerInsights().Build();
            Assert.Equal(TaskDefKit.Json.ServiceJson.Serialize(result.Cluster), result.ToJson());
            Assert.Equal("CreateCluster", result.Operation);
            Assert.Same(result, result.ThrowIfErrors());
        }
    }
}
