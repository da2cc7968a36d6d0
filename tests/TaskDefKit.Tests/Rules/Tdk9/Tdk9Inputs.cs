using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Model.Events;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Scheduler;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>Correct scheduled-task and scaling inputs the TDK9 tests vary, and the read-validate-assert helpers.</summary>
    internal static class Tdk9Inputs
    {
        public const string FargateTask = """
            {
              "family": "report",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["FARGATE"],
              "cpu": "256",
              "memory": "512",
              "containerDefinitions": [{ "name": "report", "image": "public.ecr.aws/docker/library/busybox:1.36", "essential": true }]
            }
            """;

        public const string BridgeEc2Task = """
            {
              "family": "report",
              "networkMode": "bridge",
              "requiresCompatibilities": ["EC2"],
              "containerDefinitions": [{ "name": "report", "image": "busybox", "memory": 128, "essential": true }]
            }
            """;

        public const string Targets = """
            {
              "Rule": "nightly-report",
              "Targets": [
                {
                  "Id": "report",
                  "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
                  "RoleArn": "arn:aws:iam::123456789012:role/ecsEventsRole",
                  "Input": "{\"containerOverrides\": [{\"name\": \"report\", \"command\": [\"run\"]}]}",
                  "EcsParameters": {
                    "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:3",
                    "TaskCount": 1,
                    "LaunchType": "FARGATE",
                    "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-0a1b2c3d"], "SecurityGroups": ["sg-0a1b2c3d"], "AssignPublicIp": "DISABLED" } },
                    "PlatformVersion": "1.4.0"
                  }
                }
              ]
            }
            """;

        public const string Schedule = """
            {
              "Name": "nightly-report",
              "ScheduleExpression": "cron(0 3 * * ? *)",
              "FlexibleTimeWindow": { "Mode": "OFF" },
              "Target": {
                "Arn": "arn:aws:ecs:eu-west-1:123456789012:cluster/prod",
                "RoleArn": "arn:aws:iam::123456789012:role/scheduler-ecs",
                "EcsParameters": {
                  "TaskDefinitionArn": "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:3",
                  "LaunchType": "FARGATE",
                  "NetworkConfiguration": { "awsvpcConfiguration": { "Subnets": ["subnet-0a1b2c3d"] } }
                }
              }
            }
            """;

        public const string Rule = """
            { "Name": "nightly-report", "ScheduleExpression": "rate(1 day)", "State": "ENABLED" }
            """;

        public const string ScalableTarget = """
            {
              "ServiceNamespace": "ecs",
              "ResourceId": "service/prod/web",
              "ScalableDimension": "ecs:service:DesiredCount",
              "MinCapacity": 2,
              "MaxCapacity": 10
            }
            """;

        public const string TrackingPolicy = """
            {
              "PolicyName": "cpu",
              "ServiceNamespace": "ecs",
              "ResourceId": "service/prod/web",
              "ScalableDimension": "ecs:service:DesiredCount",
              "PolicyType": "TargetTrackingScaling",
              "TargetTrackingScalingPolicyConfiguration": {
                "TargetValue": 60.0,
                "PredefinedMetricSpecification": { "PredefinedMetricType": "ECSServiceAverageCPUUtilization" },
                "ScaleOutCooldown": 60,
                "ScaleInCooldown": 300
              }
            }
            """;

        public const string StepPolicy = """
            {
              "PolicyName": "steps",
              "ServiceNamespace": "ecs",
              "ResourceId": "service/prod/web",
              "ScalableDimension": "ecs:service:DesiredCount",
              "PolicyType": "StepScaling",
              "StepScalingPolicyConfiguration": {
                "AdjustmentType": "ChangeInCapacity",
                "StepAdjustments": [
                  { "MetricIntervalUpperBound": 0, "ScalingAdjustment": -1 },
                  { "MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 20, "ScalingAdjustment": 1 },
                  { "MetricIntervalLowerBound": 20, "ScalingAdjustment": 3 }
                ],
                "Cooldown": 60
              }
            }
            """;

        public const string ScheduledAction = """
            {
              "ServiceNamespace": "ecs",
              "Schedule": "cron(0 22 ? * MON-FRI *)",
              "ScheduledActionName": "night",
              "ResourceId": "service/prod/web",
              "ScalableDimension": "ecs:service:DesiredCount",
              "ScalableTargetAction": { "MinCapacity": 1, "MaxCapacity": 4 }
            }
            """;

        public static TaskDefinition Task(string json)
        {
            TaskDefinitionDocument read = TaskDefinitionDocument.Parse(json, "taskdef.json");
            Assert.Empty(read.ReadDiagnostics);
            return read.Definition!;
        }

        /// <summary>Validates whichever input the JSON is, by its top-level members.</summary>
        public static IReadOnlyList<RuleDiagnostic> Validate(string json, string? taskDefinitionJson = null)
        {
            TaskDefinition? task = taskDefinitionJson is null ? null : Task(taskDefinitionJson);
            if (json.Contains("\"Targets\"", System.StringComparison.Ordinal))
            {
                return ScheduledTaskValidator.Validate(Read(EventsJson.ParseTargets(json, "targets.json")), task);
            }

            if (json.Contains("\"FlexibleTimeWindow\"", System.StringComparison.Ordinal))
            {
                return ScheduledTaskValidator.Validate(Read(SchedulerJson.ParseSchedule(json, "schedule.json")), task);
            }

            if (json.Contains("\"PolicyName\"", System.StringComparison.Ordinal))
            {
                return ScalingValidator.Validate(Read(ScalingJson.ParseScalingPolicy(json, "policy.json")));
            }

            if (json.Contains("\"ScheduledActionName\"", System.StringComparison.Ordinal))
            {
                return ScalingValidator.Validate(Read(ScalingJson.ParseScheduledAction(json, "action.json")));
            }

            if (json.Contains("\"ScalableDimension\"", System.StringComparison.Ordinal))
            {
                return ScalingValidator.Validate(Read(ScalingJson.ParseScalableTarget(json, "target.json")));
            }

            return ScheduledTaskValidator.Validate(Read(EventsJson.ParseRule(json, "rule.json")));
        }

        public static RuleDiagnostic Fires(string ruleId, string json, string? taskDefinitionJson, string pointer)
        {
            List<RuleDiagnostic> findings = Validate(json, taskDefinitionJson).Where(d => d.RuleId == ruleId).ToList();
            RuleDiagnostic finding = Assert.Single(findings);
            Assert.Equal(pointer, finding.Pointer);
            Assert.Equal(RuleCatalog.Get(ruleId).DefaultSeverity, finding.Severity);
            return finding;
        }

        public static void Silent(string ruleId, string json, string? taskDefinitionJson = null) =>
            Assert.DoesNotContain(Validate(json, taskDefinitionJson), d => d.RuleId == ruleId);

        /// <summary>The correct inputs draw no finding at all.</summary>
        public static void Clean(string json, string? taskDefinitionJson = null) =>
            Assert.DoesNotContain(Validate(json, taskDefinitionJson), d => d.Severity != RuleSeverity.Info);

        private static T Read<T>(EcsInputDocument<T> document)
            where T : class
        {
            Assert.Empty(document.ReadDiagnostics);
            return document.Value!;
        }
    }
}
