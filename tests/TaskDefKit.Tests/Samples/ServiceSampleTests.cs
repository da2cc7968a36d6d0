using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Builders.Services;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Samples.Service;
using TaskDefKit.Testing;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Samples
{
    /// <summary>samples/Service: a clean Fargate web service behind a load balancer, and files AWS's checker accepts.</summary>
    public class ServiceSampleTests
    {
        [Fact]
        public void The_cluster_task_and_service_have_no_errors_and_no_warnings()
        {
            ServiceBuildResult service = WebServiceDefinitions.WebService().Build();
            ClusterBuildResult cluster = WebServiceDefinitions.Cluster().Build();

            IEnumerable<RuleDiagnostic> all = service.Diagnostics.Concat(service.TaskDefinition!.Diagnostics).Concat(cluster.Diagnostics);
            List<string> serious = all.Where(d => d.Severity >= RuleSeverity.Warning).Select(d => d.ToString()).ToList();
            Assert.True(serious.Count == 0, "findings:\n  " + string.Join("\n  ", serious));
        }

        [Fact]
        public void The_service_shows_what_the_sample_promises()
        {
            ServiceDefinition service = WebServiceDefinitions.WebService().Build().Service;

            Assert.Equal(WebServiceDefinitions.ServiceName, service.TaskDefinition);
            LoadBalancer loadBalancer = Assert.Single(service.LoadBalancers!);
            Assert.Equal(("web", 8080), (loadBalancer.ContainerName, loadBalancer.ContainerPort));
            Assert.Equal(AssignPublicIp.Disabled, service.NetworkConfiguration!.AwsVpcConfiguration!.AssignPublicIp);
            Assert.True(service.DeploymentConfiguration!.DeploymentCircuitBreaker!.Rollback);
            Assert.Equal((100, 200), (service.DeploymentConfiguration.MinimumHealthyPercent, service.DeploymentConfiguration.MaximumPercent));
            Assert.Equal(WebServiceDefinitions.InitialTasks, service.DesiredCount);
            Assert.InRange(WebServiceDefinitions.InitialTasks, WebServiceDefinitions.MinimumTasks, WebServiceDefinitions.MaximumTasks);

            // The grace period outlasts the container's health check start period, so a new task is not killed while starting.
            TaskDefinition task = WebServiceDefinitions.WebTask().Build().Definition;
            Assert.True(service.HealthCheckGracePeriodSeconds > task.ContainerDefinitions!.Single().HealthCheck!.StartPeriod);
        }

        [Fact]
        public void The_sample_writes_its_files_and_they_pass_ecs_validate()
        {
            string folder = Path.Combine(Path.GetTempPath(), "taskdefkit-service-sample-" + Guid.NewGuid().ToString("N"));
            try
            {
                Assert.Equal(0, Program.Main(new[] { folder }));

                Assert.Equal(Program.Files.OrderBy(f => f, StringComparer.Ordinal),
                    Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal));
                EcsInputDocument<ServiceDefinition> service = ServiceJson.ParseService(File.ReadAllText(Path.Combine(folder, "web-service.json")), "web-service.json");
                Assert.Empty(service.ReadDiagnostics);
                TaskDefinitionDocument task = TaskDefinitionDocument.Load(Path.Combine(folder, "web-taskdef.json"));
                Assert.Empty(task.ReadDiagnostics);
                Assert.DoesNotContain(ServiceValidator.Validate(service.Value!, task.Definition), d => d.Severity == RuleSeverity.Error);

                AssertValid(EcsValidateOracle.ValidateFiles(new[] { Path.Combine(folder, "web-service.json") }, strict: true, operation: "CreateService"));
                AssertValid(EcsValidateOracle.ValidateFiles(new[] { Path.Combine(folder, "web-taskdef.json") }, strict: true));
                AssertValid(EcsValidateOracle.ValidateFiles(new[] { Path.Combine(folder, "cluster.json") }, strict: true, operation: "CreateCluster"));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        private static void AssertValid(EcsValidateOracle.Verdict verdict) => Assert.True(verdict.AllValid, verdict.Output);
    }
}
