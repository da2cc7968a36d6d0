using System;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    /// <summary>The TDK1xxx rules run on the hot path: on a definition with nothing wrong they allocate nothing.</summary>
    public class Tdk1AllocationTests
    {
        private const string Rich = """
            {
              "family": "mesh",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "1 vCPU",
              "memory": "2GB",
              "runtimePlatform": { "operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64" },
              "pidMode": "task",
              "tags": [{ "key": "team", "value": "Équipe 1" }, { "key": "env", "value": "prod" }],
              "proxyConfiguration": {
                "type": "APPMESH",
                "containerName": "envoy",
                "properties": [
                  { "name": "IgnoredUID", "value": "1337" },
                  { "name": "ProxyIngressPort", "value": "15000" },
                  { "name": "ProxyEgressPort", "value": "15001" },
                  { "name": "AppPorts", "value": "9080" },
                  { "name": "EgressIgnoredIPs", "value": "169.254.170.2" },
                  { "name": "EgressIgnoredPorts", "value": "" }
                ]
              },
              "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-1", "authorizationConfig": { "iam": "ENABLED" } } }],
              "containerDefinitions": [
                { "name": "app", "image": "busybox", "cpu": 512, "memoryReservation": 512, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }],
                  "linuxParameters": { "capabilities": { "add": ["NET_ADMIN"] } } },
                { "name": "envoy", "image": "envoy", "cpu": 256, "memory": 512, "user": "1337", "essential": true }
              ]
            }
            """;

        [Theory]
        [InlineData(Definitions.FargateWeb)]
        [InlineData(Definitions.Ec2Bridge)]
        [InlineData(Rich)]
        public void Rules_allocate_nothing_on_a_clean_definition(string json)
        {
            TaskDefinition definition = TaskDefinitionDocument.Parse(json).Definition!;
            var context = new ValidationContext(definition);
            TaskDefinitionRule[] rules = RuleSet.TaskDefinitionRules
                .Where(r => r.GetType().Namespace!.EndsWith(".Tdk1", StringComparison.Ordinal))
                .Where(r => r.Id != RuleIds.RequestTooLarge) // measures the request by writing it; its cost is in the benchmarks
                .ToArray();
            Assert.Equal(28, rules.Length);

            for (int warm = 0; warm < 200; warm++)
            {
                foreach (TaskDefinitionRule rule in rules)
                {
                    rule.Check(context);
                }
            }

            Assert.DoesNotContain(context.Diagnostics, d => d.RuleId.StartsWith("TDK10", StringComparison.Ordinal));
            foreach (TaskDefinitionRule rule in rules)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 100; i++)
                {
                    rule.Check(context);
                }

                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.True(allocated == 0, rule.Id + " allocated " + allocated + " bytes");
            }
        }
    }
}
