using System;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Builders.Services
{
    /// <summary>ServiceBuilder: what Build() completes, the cross-checks it runs against the task definition, and its results.</summary>
    public class ServiceBuilderTests
    {
        [Fact]
        public void A_fargate_web_service_builds_clean_and_is_completed_from_its_task_definition()
        {
            ServiceBuildResult result = ServiceBuilderCases.FargateWebService().Build();

            Assert.Empty(result.Diagnostics);
            ServiceDefinition service = result.Service;
            Assert.Equal("web", service.TaskDefinition);
            LoadBalancer loadBalancer = Assert.Single(service.LoadBalancers!);
            Assert.Equal("web", loadBalancer.ContainerName);
            Assert.Equal(8080, loadBalancer.ContainerPort);
            Assert.Equal(AssignPublicIp.Disabled, service.NetworkConfiguration!.AwsVpcConfiguration!.AssignPublicIp);
            Assert.NotNull(result.TaskDefinition);
            Assert.False(result.TaskDefinition!.HasErrors);
            Assert.Equal("CreateService", result.Operation);
        }

        [Fact]
        public void The_default_deployment_is_a_rolling_update_with_circuit_breaker_and_rollback()
        {
            DeploymentConfiguration deployment = ServiceBuilderCases.FargateWebService().Build().Service.DeploymentConfiguration!;

            Assert.True(deployment.DeploymentCircuitBreaker!.Enable);
            Assert.True(deployment.DeploymentCircuitBreaker.Rollback);
            Assert.Null(deployment.Strategy);
            Assert.Contains("\"deploymentCircuitBreaker\": {\n      \"enable\": true,\n      \"rollback\": true\n    }", ServiceBuilderCases.FargateWebService().Build().ToJson(), StringComparison.Ordinal);
        }

        [Fact]
        public void The_default_keeps_alarms_and_percentages_set_before()
        {
            DeploymentConfiguration deployment = ServiceBuilderCases.FargateWebService()
                .DeploymentAlarms(new[] { "web-5xx" })
                .Configure(s => s.DeploymentConfiguration!.MinimumHealthyPercent = 50)
                .Build().Service.DeploymentConfiguration!;

            Assert.True(deployment.DeploymentCircuitBreaker!.Rollback);
            Assert.Equal(new[] { "web-5xx" }, deployment.Alarms!.AlarmNames);
            Assert.True(deployment.Alarms.Rollback);
            Assert.Equal(50, deployment.MinimumHealthyPercent);
        }

        [Fact]
        public void No_default_deployment_for_controllers_outside_ECS_or_a_chosen_preset()
        {
            ServiceDefinition codeDeploy = ServiceBuilderCases.FargateWebService().DeploymentController(DeploymentControllerType.CodeDeploy).Build().Service;
            Assert.Null(codeDeploy.DeploymentConfiguration);

            ServiceDefinition noBreaker = ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.RollingWithoutCircuitBreaker(100, 200)).Build().Service;
            Assert.Null(noBreaker.DeploymentConfiguration!.DeploymentCircuitBreaker);
            Assert.Equal(200, noBreaker.DeploymentConfiguration.MaximumPercent);

            ServiceDefinition read = ServiceBuilder.From(new ServiceDefinition { ServiceName = "as-read", DesiredCount = 1 }).Build().Service;
            Assert.Null(read.DeploymentConfiguration);
        }

        [Fact]
        public void Presets_write_their_strategy_and_keep_alarms()
        {
            DeploymentConfiguration blueGreen = ServiceBuilderCases.FargateWebService()
                .DeploymentAlarms(new[] { "web-5xx" }, rollback: true)
                .Deployment(DeploymentPreset.BlueGreen(bakeTimeInMinutes: 15))
                .Build().Service.DeploymentConfiguration!;
            Assert.Equal(DeploymentStrategy.BlueGreen, blueGreen.Strategy);
            Assert.Equal(15, blueGreen.BakeTimeInMinutes);
            Assert.Null(blueGreen.DeploymentCircuitBreaker);
            Assert.Equal(new[] { "web-5xx" }, blueGreen.Alarms!.AlarmNames);

            DeploymentConfiguration canary = ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.Canary(10, 5, 10)).Build().Service.DeploymentConfiguration!;
            Assert.Equal(DeploymentStrategy.Canary, canary.Strategy);
            Assert.Equal(10, canary.CanaryConfiguration!.CanaryPercent);
            Assert.Null(canary.LinearConfiguration);

            DeploymentConfiguration linear = ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.Linear(25, 3, 10)).Build().Service.DeploymentConfiguration!;
            Assert.Equal(DeploymentStrategy.Linear, linear.Strategy);
            Assert.Equal(3, linear.LinearConfiguration!.StepBakeTimeInMinutes);

            DeploymentConfiguration rolling = ServiceBuilderCases.FargateWebService().Deployment(DeploymentPreset.Rolling(100, 150)).Build().Service.DeploymentConfiguration!;
            Assert.True(rolling.DeploymentCircuitBreaker!.Enable);
            Assert.Equal(150, rolling.MaximumPercent);
            Assert.Equal("rolling", DeploymentPreset.Rolling().ToString());
        }

        [Fact]
        public void An_explicit_rolling_strategy_still_gets_the_circuit_breaker()
        {
            DeploymentConfiguration deployment = ServiceBuilderCases.FargateWebService()
                .Configure(s => s.DeploymentConfiguration = new DeploymentConfiguration { Strategy = DeploymentStrategy.Rolling })
                .Build().Service.DeploymentConfiguration!;
            Assert.Equal(DeploymentStrategy.Rolling, deployment.Strategy);
            Assert.True(deployment.DeploymentCircuitBreaker!.Enable);
        }

        [Fact]
        public void A_fargate_service_on_an_EC2_only_task_definition_is_reported_at_Build()
        {
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition(ServiceBuilderCases.Ec2OnlyTask()).DesiredCount(1).Fargate().Build();

            RuleDiagnostic finding = Assert.Single(result.Errors, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);
            Assert.Equal("/launchType", finding.Pointer);
            Assert.True(result.HasErrors);
        }

        [Fact]
        public void An_awsvpc_service_without_network_configuration_is_reported_at_Build()
        {
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition(ServiceBuilderCases.FargateWebTask()).DesiredCount(1).Fargate().Build();

            Assert.Contains(result.Errors, d => d.RuleId == RuleIds.NetworkConfiguration);
        }

        [Fact]
        public void A_load_balancer_naming_a_missing_container_or_unmapped_port_is_reported_at_Build()
        {
            ServiceBuildResult missing = ServiceBuilderCases.FargateWebService().Configure(s => s.LoadBalancers = null)
                .LoadBalancer(ServiceBuilderCases.TargetGroup, "api", 8080).Build();
            Assert.Equal("/loadBalancers/0/containerName", Assert.Single(missing.Errors).Pointer);

            ServiceBuildResult unmapped = ServiceBuilderCases.FargateWebService().Configure(s => s.LoadBalancers = null)
                .LoadBalancer(ServiceBuilderCases.TargetGroup, "web", 9090).Build();
            Assert.Equal("/loadBalancers/0/containerPort", Assert.Single(unmapped.Errors).Pointer);
        }

        [Fact]
        public void A_named_container_gets_its_only_port()
        {
            LoadBalancer loadBalancer = ServiceBuilderCases.FargateWebService().Configure(s => s.LoadBalancers = null)
                .LoadBalancer(ServiceBuilderCases.TargetGroup, lb => lb.Container("web")).Build().Service.LoadBalancers!.Single();
            Assert.Equal(8080, loadBalancer.ContainerPort);
        }

        [Fact]
        public void A_load_balancer_whose_target_is_ambiguous_throws_naming_the_choices()
        {
            TaskDefinitionBuilder twoPorts = ServiceBuilderCases.FargateWebTask().Container("admin", c => c.Image("admin:1").Port(9000).Port(9001));

            var containers = Assert.Throws<InvalidOperationException>(() => ServiceBuilderCases.FargateWebService(twoPorts).Build());
            Assert.Contains("'web', 'admin'", containers.Message, StringComparison.Ordinal);

            var ports = Assert.Throws<InvalidOperationException>(() => ServiceBuilderCases.FargateWebService(twoPorts)
                .Configure(s => s.LoadBalancers = null).LoadBalancer(ServiceBuilderCases.TargetGroup, "admin").Build());
            Assert.Contains("2 ports (9000, 9001)", ports.Message, StringComparison.Ordinal);

            var unknown = Assert.Throws<InvalidOperationException>(() => ServiceBuilder.Create("web").TaskDefinition("web:3").LoadBalancer(ServiceBuilderCases.TargetGroup).Build());
            Assert.Contains("known only by name", unknown.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_task_definition_known_only_by_name_leaves_the_cross_checks_silent()
        {
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition("web:7").DesiredCount(1).Fargate().LoadBalancer(ServiceBuilderCases.TargetGroup, "anything", 1234).Build();

            Assert.Null(result.TaskDefinition);
            Assert.Equal("web:7", result.Service.TaskDefinition);
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.NetworkConfiguration || d.RuleId == RuleIds.LoadBalancerTarget);
        }

        [Fact]
        public void A_pinned_revision_is_kept_while_the_checks_read_the_definition()
        {
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition(ServiceBuilderCases.Ec2OnlyTask()).TaskDefinition("web-ec2:4").DesiredCount(1).Fargate().Build();

            Assert.Equal("web-ec2:4", result.Service.TaskDefinition);
            Assert.Contains(result.Errors, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);
        }

        [Fact]
        public void The_task_definition_builder_is_read_at_Build_and_a_model_when_given()
        {
            TaskDefinitionBuilder task = ServiceBuilderCases.Ec2OnlyTask();
            ServiceBuilder service = ServiceBuilder.Create("web").TaskDefinition(task).DesiredCount(1).Ec2();
            Assert.DoesNotContain(service.Build().Diagnostics, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);

            task.Configure(td => td.RequiresCompatibilities = new() { Compatibility.Fargate }).AwsVpc();
            Assert.Contains(service.Build().Errors, d => d.RuleId == RuleIds.NetworkConfiguration);

            TaskDefinition model = ServiceBuilderCases.Ec2OnlyTask().Build().Definition;
            ServiceBuilder fromModel = ServiceBuilder.Create("web").TaskDefinition(model).DesiredCount(1).Fargate();
            model.RequiresCompatibilities!.Add(Compatibility.Fargate);
            Assert.Contains(fromModel.Build().Errors, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);
        }

        [Fact]
        public void A_built_task_definition_is_used_as_it_is()
        {
            TaskDefinitionBuildResult built = ServiceBuilderCases.FargateWebTask().Build();
            ServiceBuildResult result = ServiceBuilderCases.FargateWebService().TaskDefinition(built).Build();
            Assert.Same(built, result.TaskDefinition);
            Assert.Empty(result.Diagnostics);
        }

        [Fact]
        public void Options_reach_the_service_and_its_task_definition()
        {
            var options = new ValidationOptions { IgnoredRules = new System.Collections.Generic.HashSet<string> { RuleIds.ServiceLaunchTypeCompatibility } };
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition(ServiceBuilderCases.Ec2OnlyTask()).DesiredCount(1).Fargate().Build(options);
            Assert.DoesNotContain(result.Diagnostics, d => d.RuleId == RuleIds.ServiceLaunchTypeCompatibility);
        }

        [Fact]
        public void Build_is_a_snapshot_and_the_builder_stays_usable()
        {
            ServiceBuilder builder = ServiceBuilderCases.FargateWebService();
            ServiceBuildResult first = builder.Build();
            builder.DesiredCount(5).Tag("team", "web");

            Assert.Equal(2, first.Service.DesiredCount);
            Assert.Null(first.Service.Tags);
            Assert.Equal(5, builder.Build().Service.DesiredCount);
        }

        [Fact]
        public void From_copies_the_input()
        {
            var original = new ServiceDefinition { ServiceName = "read", DesiredCount = 1 };
            ServiceBuilder.From(original).DesiredCount(3).Build();
            Assert.Equal(1, original.DesiredCount);
        }

        [Fact]
        public void Json_of_a_service_with_errors_needs_allowErrors()
        {
            ServiceBuildResult result = ServiceBuilder.Create("web").TaskDefinition(ServiceBuilderCases.Ec2OnlyTask()).DesiredCount(1).Fargate().Build();

            var exception = Assert.Throws<EcsInputValidationException>(() => result.ToJson());
            Assert.StartsWith("Service 'web' has 1 error", exception.Message, StringComparison.Ordinal);
            Assert.Contains("TDK7005", exception.Message, StringComparison.Ordinal);
            Assert.Throws<EcsInputValidationException>(() => result.ThrowIfErrors());
            Assert.Contains("\"launchType\": \"FARGATE\"", result.ToJson(allowErrors: true), StringComparison.Ordinal);
        }

        [Fact]
        public void Json_is_the_service_writer_s_bytes_with_a_trailing_newline()
        {
            ServiceBuildResult result = ServiceBuilderCases.FargateWebService().Build();
            string json = result.ToJson();

            Assert.Equal(TaskDefKit.Json.ServiceJson.Serialize(result.Service), json);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(json + "\n"), result.ToUtf8Bytes());
            Assert.Equal(TaskDefKit.Json.ServiceJson.Serialize(result.Service, indented: false), result.ToJson(indented: false));
            Assert.DoesNotContain('\r', json);
        }
    }
}
