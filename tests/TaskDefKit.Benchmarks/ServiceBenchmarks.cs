using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;
using TaskDefKit.Validation;

namespace TaskDefKit.Benchmarks
{
    /// <summary>
    /// Goal (issue 11): read + validate a service together with its task definition within 2× the task-definition-only
    /// figure (the baseline here, the same measurement as <see cref="TaskDefinitionBenchmarks.ReadAndValidate"/>).
    /// </summary>
    [MemoryDiagnoser]
    public class ServiceBenchmarks
    {
        /// <summary>A typical create-service input for the typical task definition: Fargate, awsvpc, a target group, rolling with circuit breaker.</summary>
        public const string TypicalService = """
            {
              "cluster": "shop",
              "serviceName": "shop-web",
              "taskDefinition": "shop-web",
              "loadBalancers": [ { "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-web/0123456789abcdef", "containerName": "web", "containerPort": 8080 } ],
              "desiredCount": 2,
              "capacityProviderStrategy": [ { "capacityProvider": "FARGATE", "weight": 1, "base": 1 }, { "capacityProvider": "FARGATE_SPOT", "weight": 3 } ],
              "deploymentConfiguration": { "deploymentCircuitBreaker": { "enable": true, "rollback": true }, "maximumPercent": 200, "minimumHealthyPercent": 100 },
              "networkConfiguration": { "awsvpcConfiguration": { "subnets": [ "subnet-0a1b2c3d", "subnet-4e5f6a7b" ], "securityGroups": [ "sg-0a1b2c3d" ], "assignPublicIp": "DISABLED" } },
              "healthCheckGracePeriodSeconds": 60,
              "tags": [ { "key": "app", "value": "shop" } ],
              "enableECSManagedTags": true,
              "propagateTags": "SERVICE"
            }
            """;

        private ServiceDefinition _service = null!;
        private TaskDefinition _typical = null!;

        [GlobalSetup]
        public void Setup()
        {
            _service = ServiceJson.ParseService(TypicalService).Value!;
            _typical = TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8).Definition!;
        }

        [Benchmark(Baseline = true, Description = "read+validate task definition only")]
        public int TaskDefinitionOnly() => TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8).Validate().Count;

        [Benchmark(Description = "read+validate service with its task definition")]
        public int ServiceWithTaskDefinition()
        {
            TaskDefinitionDocument task = TaskDefinitionDocument.Parse(BenchmarkInputs.TypicalUtf8);
            EcsInputDocument<ServiceDefinition> service = ServiceJson.ParseService(TypicalService);
            IReadOnlyList<RuleDiagnostic> taskFindings = task.Validate();
            return taskFindings.Count + service.ReadDiagnostics.Count + ServiceValidator.Validate(service.Value!, task.Definition).Count;
        }

        [Benchmark(Description = "read service only")]
        public ServiceDefinition? ReadService() => ServiceJson.ParseService(TypicalService).Value;

        [Benchmark(Description = "validate service against task definition (models only)")]
        public int ValidateService() => ServiceValidator.Validate(_service, _typical).Count;

        [Benchmark(Description = "emit service (indented)")]
        public string EmitService() => ServiceJson.Serialize(_service);
    }
}
