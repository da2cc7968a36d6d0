using System.Collections.Generic;
using System.Linq;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Testing;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json.Services
{
    /// <summary>
    /// describe-services / describe-clusters output read as the inputs it describes: read-only members reported and
    /// dropped (as for describe-task-definition), output names mapped, pointers and lines into the output file, no exception.
    /// </summary>
    public class DescribeOutputTests
    {
        private const string DescribeServices = """
            {
                "services": [
                    {
                        "serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/prod/web",
                        "serviceName": "web",
                        "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
                        "loadBalancers": [ { "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc", "containerName": "web", "containerPort": 80 } ],
                        "status": "ACTIVE",
                        "desiredCount": 2,
                        "runningCount": 2,
                        "pendingCount": 0,
                        "launchType": "FARGATE",
                        "platformVersion": "LATEST",
                        "platformFamily": "Linux",
                        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7",
                        "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": true, "rollback": true }, "maximumPercent": 200, "minimumHealthyPercent": 100 },
                        "deployments": [ { "id": "ecs-svc/1", "status": "PRIMARY", "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:7" } ],
                        "roleArn": "arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
                        "events": [ { "id": "e1", "createdAt": "2026-01-01T00:00:00Z", "message": "(service web) has reached a steady state." } ],
                        "createdAt": "2026-01-01T00:00:00Z",
                        "placementConstraints": [],
                        "placementStrategy": [],
                        "networkConfiguration": { "awsvpcConfiguration": { "subnets": [ "subnet-1" ], "securityGroups": [ "sg-1" ], "assignPublicIp": "DISABLED" } },
                        "healthCheckGracePeriodSeconds": 60,
                        "schedulingStrategy": "REPLICA",
                        "deploymentController": { "type": "ECS" },
                        "createdBy": "arn:aws:iam::123456789012:role/deployer",
                        "enableECSManagedTags": true,
                        "propagateTags": "NONE",
                        "enableExecuteCommand": false,
                        "availabilityZoneRebalancing": "ENABLED"
                    }
                ],
                "failures": []
            }
            """;

        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        [Fact]
        public void Each_described_service_becomes_its_create_service_input()
        {
            EcsDescribeDocument<ServiceDefinition> document = ServiceJson.ParseDescribeServices(Utf8(DescribeServices), "services.json");
            Assert.Empty(document.ReadDiagnostics);
            EcsInputDocument<ServiceDefinition> item = Assert.Single(document.Items);
            ServiceDefinition service = item.Value!;
            Assert.Equal("web", service.ServiceName);
            Assert.Equal("arn:aws:ecs:us-east-1:123456789012:cluster/prod", service.Cluster);
            Assert.Null(service.Role);
            Assert.Equal(200, service.DeploymentConfiguration!.MaximumPercent);
            Assert.Null(service.AdditionalMembers);

            // Every read-only member is one warning on its own line; nothing else is reported.
            string[] readOnly = { "roleArn", "serviceArn", "status", "runningCount", "pendingCount", "platformFamily", "deployments", "events", "createdAt", "createdBy" };
            Assert.Equal(readOnly.OrderBy(n => n), item.ReadDiagnostics.Select(d => d.Pointer.Substring("/services/0/".Length)).OrderBy(n => n));
            Assert.All(item.ReadDiagnostics, d => Assert.Equal((RuleIds.UnknownMember, RuleSeverity.Warning), (d.RuleId, d.Severity)));
            Assert.Equal(4, item.ReadDiagnostics.Single(d => d.Pointer == "/services/0/serviceArn").Location!.Line);

            // Emitted, it is a create-service input AWS's model accepts.
            string json = ServiceJson.Serialize(service);
            Assert.DoesNotContain("serviceArn", json);
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["service.json"] = json }, operation: "CreateService");
            Assert.True(verdict.AllValid, verdict.Output);
        }

        [Fact]
        public void Validator_findings_are_placed_in_the_output_file_with_output_names()
        {
            EcsInputDocument<ServiceDefinition> item = ServiceJson.ParseDescribeServices(Utf8(DescribeServices), "services.json").Items[0];
            RuleDiagnostic placed = item.Place(new RuleDiagnostic(RuleIds.UnknownMember, RuleSeverity.Error, "x", "/loadBalancers/0/containerPort"));
            Assert.Equal("/services/0/loadBalancers/0/containerPort", placed.Pointer);
            Assert.Equal(7, placed.Location!.Line);
            Assert.Equal("/services/0/clusterArn", item.ToFilePointer("/cluster"));
            Assert.Equal(6, item.Locate("/cluster")!.Line);
        }

        [Fact]
        public void Described_clusters_become_create_cluster_inputs()
        {
            const string clusters = """
                {
                  "clusters": [
                    {
                      "clusterArn": "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
                      "clusterName": "prod",
                      "status": "ACTIVE",
                      "registeredContainerInstancesCount": 0,
                      "runningTasksCount": 3,
                      "pendingTasksCount": 0,
                      "activeServicesCount": 1,
                      "statistics": [],
                      "tags": [],
                      "settings": [ { "name": "containerInsights", "value": "enabled" } ],
                      "capacityProviders": [ "FARGATE" ],
                      "defaultCapacityProviderStrategy": [ { "capacityProvider": "FARGATE", "weight": 1, "base": 0 } ],
                      "serviceConnectDefaults": { "namespace": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1" }
                    }
                  ],
                  "failures": []
                }
                """;
            EcsDescribeDocument<ClusterDefinition> document = ServiceJson.ParseDescribeClusters(Utf8(clusters), "clusters.json");
            ClusterDefinition cluster = Assert.Single(document.Items).Value!;
            Assert.Equal("prod", cluster.ClusterName);
            Assert.Equal(7, document.Items[0].ReadDiagnostics.Count);
            string json = ServiceJson.Serialize(cluster);
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["cluster.json"] = json }, operation: "CreateCluster");
            Assert.True(verdict.AllValid, verdict.Output);
        }

        [Theory]
        [InlineData("{\"services\": [ {\"serviceName\": 5} ]", "TDK0001")]
        [InlineData("[]", "TDK0002")]
        [InlineData("{\"services\": {}}", "TDK1010")]
        [InlineData("{\"services\": [ 42 ]}", "TDK1010")]
        [InlineData("{\"services\": [], \"nextToken\": \"x\", \"extra\": 1}", "TDK1029")]
        public void Bad_describe_output_gives_a_finding_not_an_exception(string json, string ruleId)
        {
            EcsDescribeDocument<ServiceDefinition> document = ServiceJson.ParseDescribeServices(Utf8(json), "bad.json");
            List<RuleDiagnostic> all = document.ReadDiagnostics.Concat(document.Items.SelectMany(i => i.ReadDiagnostics)).ToList();
            RuleDiagnostic finding = Assert.Single(all);
            Assert.Equal(ruleId, finding.RuleId);
            Assert.NotNull(finding.Location);
            Assert.True(finding.Location!.Line >= 1);
        }

        [Fact]
        public void Unknown_members_of_an_input_are_reported_on_their_name_at_any_depth()
        {
            const string json = "{\n  \"serviceName\": \"web\",\n  \"loadBalancers\": [ {\n    \"containerNmae\": \"web\" } ],\n  \"desiredCuont\": 1\n}";
            EcsInputDocument<ServiceDefinition> document = ServiceJson.ParseService(json, "s.json");
            Assert.Equal(2, document.ReadDiagnostics.Count);
            RuleDiagnostic nested = document.ReadDiagnostics.Single(d => d.Pointer == "/loadBalancers/0/containerNmae");
            Assert.Equal(RuleIds.UnknownMember, nested.RuleId);
            Assert.Equal((4, 5), (nested.Location!.Line, nested.Location.Column));
            Assert.Contains("did you mean 'containerName'", nested.Message);
            Assert.Contains("'desiredCount'", document.ReadDiagnostics.Single(d => d.Pointer == "/desiredCuont").Message);

            // Known members only: silent.
            Assert.Empty(ServiceJson.ParseService("{\"serviceName\": \"web\", \"loadBalancers\": [ { \"containerName\": \"web\" } ]}").ReadDiagnostics);
        }
    }
}
