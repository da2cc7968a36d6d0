using System;
using TaskDefKit.Json;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    /// <summary>The TDK2xxx rules run on the hot path: on a clean definition they must not allocate.</summary>
    public class Tdk2AllocationTests
    {
        private const string Ec2Rich = """
            {
              "family": "rich",
              "networkMode": "bridge",
              "ipcMode": "task",
              "containerDefinitions": [
                {
                  "name": "app",
                  "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:1.4.2",
                  "memory": 512, "memoryReservation": 256, "user": "1000:1000",
                  "links": ["db:database"],
                  "dependsOn": [{ "containerName": "db", "condition": "HEALTHY" }, { "containerName": "init", "condition": "SUCCESS" }],
                  "environment": [{ "name": "PORT", "value": "80" }, { "name": "MODE", "value": "prod" }],
                  "secrets": [{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/db" }],
                  "environmentFiles": [{ "type": "s3", "value": "arn:aws:s3:::bucket/app.env" }],
                  "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 10 },
                  "ulimits": [{ "name": "nofile", "softLimit": 65535, "hardLimit": 65535 }],
                  "linuxParameters": { "initProcessEnabled": true, "maxSwap": 0, "swappiness": 10, "capabilities": { "add": ["SYS_PTRACE"], "drop": ["NET_RAW"] },
                                       "tmpfs": [{ "containerPath": "/tmp", "size": 64, "mountOptions": ["rw"] }], "devices": [{ "hostPath": "/dev/fuse", "permissions": ["read"] }] },
                  "systemControls": [{ "namespace": "net.core.somaxconn", "value": "1024" }, { "namespace": "kernel.shmmax", "value": "1" }],
                  "dockerSecurityOptions": ["no-new-privileges", "label:type:x"],
                  "credentialSpecs": ["credentialspecdomainless:arn:aws:s3:::bucket/specs/spec.json"],
                  "extraHosts": [{ "hostname": "db", "ipAddress": "10.0.0.1" }],
                  "dnsSearchDomains": ["svc.example.com"],
                  "resourceRequirements": [{ "type": "GPU", "value": "1" }],
                  "restartPolicy": { "enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 60 },
                  "volumesFrom": [{ "sourceContainer": "db" }],
                  "versionConsistency": "enabled"
                },
                {
                  "name": "db", "image": "public.ecr.aws/docker/library/postgres:16.3", "memory": 512,
                  "healthCheck": { "command": ["CMD", "pg_isready"] }
                },
                { "name": "init", "image": "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "memory": 64, "essential": false }
              ]
            }
            """;

        [Fact]
        public void Rules_do_not_allocate_on_a_clean_definition()
        {
            var definition = TaskDefinitionDocument.Parse(Ec2Rich).Definition!;
            var context = new ValidationContext(definition);
            var rules = new System.Collections.Generic.List<TaskDefinitionRule>();
            foreach (TaskDefinitionRule rule in RuleSet.TaskDefinitionRules)
            {
                if (rule.Id.StartsWith("TDK20", StringComparison.Ordinal))
                {
                    rules.Add(rule);
                }
            }

            Assert.Equal(37, rules.Count);
            foreach (TaskDefinitionRule rule in rules)
            {
                rule.Check(context); // warm up (static tables, regex caches)
            }

            Assert.Empty(context.Diagnostics);
            foreach (TaskDefinitionRule rule in rules)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                rule.Check(context);
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.True(allocated == 0, rule.Id + " allocated " + allocated + " bytes on a clean definition.");
            }
        }
    }
}
