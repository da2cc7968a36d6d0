using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Testing;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json.Services
{
    /// <summary>create-service / update-service / run-task / create-cluster inputs read and written losslessly, accepted by AWS's model.</summary>
    public class ServiceJsonTests
    {
        internal const string CreateService = """
            {
              "cluster": "prod",
              "serviceName": "web",
              "taskDefinition": "web:3",
              "availabilityZoneRebalancing": "ENABLED",
              "loadBalancers": [ { "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/abc", "containerName": "web", "containerPort": 8080 } ],
              "desiredCount": 2,
              "capacityProviderStrategy": [ { "capacityProvider": "FARGATE", "weight": 1, "base": 1 } ],
              "platformVersion": "LATEST",
              "deploymentConfiguration": {
                "deploymentCircuitBreaker": { "enable": true, "rollback": true },
                "maximumPercent": 200,
                "minimumHealthyPercent": 100,
                "alarms": { "alarmNames": [ "web-5xx" ], "rollback": true, "enable": true },
                "strategy": "CANARY",
                "canaryConfiguration": { "canaryPercent": 12.5, "canaryBakeTimeInMinutes": 5 }
              },
              "placementStrategy": [ { "type": "spread", "field": "attribute:ecs.availability-zone" } ],
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": [ "subnet-1", "subnet-2" ], "securityGroups": [ "sg-1" ], "assignPublicIp": "DISABLED" } },
              "healthCheckGracePeriodSeconds": 60,
              "schedulingStrategy": "REPLICA",
              "deploymentController": { "type": "ECS" },
              "tags": [ { "key": "team", "value": "web" } ],
              "enableECSManagedTags": true,
              "propagateTags": "SERVICE",
              "enableExecuteCommand": false,
              "serviceConnectConfiguration": { "enabled": true, "namespace": "internal", "services": [ { "portName": "http", "clientAliases": [ { "port": 80 } ] } ] }
            }
            """;

        internal const string RunTaskInput = """
            {
              "cluster": "batch",
              "count": 1,
              "launchType": "FARGATE",
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": [ "subnet-1" ], "assignPublicIp": "ENABLED" } },
              "overrides": { "containerOverrides": [ { "name": "job", "command": [ "run", "--all" ], "environment": [ { "name": "MODE", "value": "full" } ] } ], "cpu": "512" },
              "taskDefinition": "job"
            }
            """;

        internal const string CreateCluster = """
            {
              "clusterName": "prod",
              "settings": [ { "name": "containerInsights", "value": "enhanced" } ],
              "configuration": { "executeCommandConfiguration": { "logging": "DEFAULT" } },
              "capacityProviders": [ "FARGATE", "FARGATE_SPOT" ],
              "defaultCapacityProviderStrategy": [ { "capacityProvider": "FARGATE_SPOT", "weight": 3 } ],
              "serviceConnectDefaults": { "namespace": "internal" }
            }
            """;

        [Fact]
        public void A_create_service_input_is_read_without_findings_and_written_back_unchanged()
        {
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(CreateService);
            Assert.Empty(document.ReadDiagnostics);
            ServiceDefinition service = document.Value!;
            Assert.Null(service.LaunchType);
            Assert.Equal(12.5, service.DeploymentConfiguration!.CanaryConfiguration!.CanaryPercent);
            Assert.True(service.DeploymentConfiguration.DeploymentCircuitBreaker!.Rollback);
            Assert.Equal(8080, service.LoadBalancers!.Single().ContainerPort);
            Assert.Equal(AssignPublicIp.Disabled, service.NetworkConfiguration!.AwsVpcConfiguration!.AssignPublicIp);

            string written = ServiceJson.Serialize(service);
            AssertSameJson(CreateService, written);
            Assert.Equal(written, ServiceJson.Serialize(ServiceJson.ParseService(written).Value!));
            Assert.DoesNotContain("\r", written, StringComparison.Ordinal);
        }

        [Fact]
        public void RunTask_and_cluster_inputs_round_trip()
        {
            EcsInputDocument<RunTask> run = ServiceJson.ParseRunTask(RunTaskInput);
            Assert.Empty(run.ReadDiagnostics);
            Assert.Equal(LaunchType.Fargate, run.Value!.LaunchType);
            AssertSameJson(RunTaskInput, ServiceJson.Serialize(run.Value));

            EcsInputDocument<ClusterDefinition> cluster = ServiceJson.ParseCluster(CreateCluster);
            Assert.Empty(cluster.ReadDiagnostics);
            Assert.Equal(ClusterSettingName.ContainerInsights, cluster.Value!.Settings!.Single().Name);
            AssertSameJson(CreateCluster, ServiceJson.Serialize(cluster.Value));
        }

        [Fact]
        public void Emitted_inputs_pass_AWS_model_for_their_operation()
        {
            var service = ServiceJson.ParseService(CreateService).Value!;
            var update = new ServiceUpdate { Cluster = "prod", Service = "web", DesiredCount = 3, ForceNewDeployment = true };
            Assert.True(ServiceJson.ParseServiceUpdate(ServiceJson.Serialize(update)).ReadDiagnostics.Count == 0);
            var verdicts = new[]
            {
                ("CreateService", ServiceJson.Serialize(service)),
                ("UpdateService", ServiceJson.Serialize(update)),
                ("RunTask", ServiceJson.Serialize(ServiceJson.ParseRunTask(RunTaskInput).Value!)),
                ("CreateCluster", ServiceJson.Serialize(ServiceJson.ParseCluster(CreateCluster).Value!)),
            };
            foreach ((string operation, string json) in verdicts)
            {
                EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { [operation + ".json"] = json }, operation: operation);
                Assert.True(verdict.AllValid, operation + ": " + verdict.Output);
            }

            // The oracle is not a rubber stamp: a wrong type in a service input is rejected.
            string wrong = ServiceJson.Serialize(service).Replace("\"desiredCount\": 2", "\"desiredCount\": \"2\"", StringComparison.Ordinal);
            Assert.False(EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["wrong.json"] = wrong }, operation: "CreateService").AllValid);
        }

        [Fact]
        public void A_wrong_type_is_reported_at_its_pointer_and_line()
        {
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService("{\n  \"serviceName\": \"web\",\n  \"desiredCount\": true\n}", "web.json");
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal("/desiredCount", finding.Pointer);
            Assert.Equal(3, finding.Location!.Line);
            Assert.Equal("web.json", finding.Location.File);
            Assert.True(document.HasErrors);
            Assert.Equal("web", document.Value!.ServiceName);
        }

        [Theory]
        [InlineData("{ \"serviceName\": ", "TDK0001")]
        [InlineData("[ 1 ]", "TDK0002")]
        [InlineData("", "TDK0001")]
        public void Malformed_input_gives_a_finding_not_an_exception(string json, string ruleId)
        {
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(json, "bad.json");
            Assert.Null(document.Value);
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(ruleId, finding.RuleId);
            Assert.NotNull(finding.Location);
        }

        private static void AssertSameJson(string expected, string actual)
        {
            using JsonDocument a = JsonDocument.Parse(expected);
            using JsonDocument b = JsonDocument.Parse(actual);
            Assert.True(JsonElement.DeepEquals(a.RootElement, b.RootElement), "expected\n" + expected + "\nactual\n" + actual);
        }
    }
}
