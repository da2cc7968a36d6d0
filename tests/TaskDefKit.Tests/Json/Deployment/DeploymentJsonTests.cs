using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Builders.Scheduling;
using TaskDefKit.Json;
using TaskDefKit.Model.Events;
using TaskDefKit.Model.Scaling;
using TaskDefKit.Model.Scheduler;
using TaskDefKit.Rules;
using TaskDefKit.Testing;
using TaskDefKit.Tests.Rules.Tdk9;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Json.Deployment
{
    /// <summary>
    /// EventBridge, Scheduler and Application Auto Scaling inputs: read with diagnostics (never an exception), written
    /// deterministically, and what is written (read back or built) passes botocore's checker for that operation.
    /// </summary>
    public class DeploymentJsonTests
    {
        private static ScheduledTaskBuilder Nightly() => ScheduledTaskBuilder.Create("arn:aws:ecs:eu-west-1:123456789012:cluster/prod", "arn:aws:ecs:eu-west-1:123456789012:task-definition/report:3")
            .Role("arn:aws:iam::123456789012:role/ecsEventsRole")
            .Fargate("1.4.0")
            .Count(2)
            .AwsVpc(new[] { "subnet-0a1b2c3d" }, new[] { "sg-0a1b2c3d" }, assignPublicIp: false)
            .Tag("team", "data")
            .PropagateTagsFromTaskDefinition()
            .Input("{\"containerOverrides\":[{\"name\":\"report\",\"command\":[\"run\"]}]}");

        private static ServiceScalingBuilder WebScaling() => ServiceScalingBuilder.For("prod", "web")
            .Capacity(2, 20)
            .Cooldowns(300, 60)
            .ScaleOnCpu(60)
            .ScaleOnRequests(1000, "app/web/778d41231b141a0f/targetgroup/web-tg/943f017f100becff")
            .ScheduledCapacity("night", "cron(0 22 ? * MON-FRI *)", 1, 4);

        [Fact]
        public void Read_inputs_round_trip_to_the_same_json()
        {
            EventTargets targets = EventsJson.ParseTargets(Tdk9Inputs.Targets).Value!;
            Assert.Equal(EventsJson.Serialize(targets), EventsJson.Serialize(EventsJson.ParseTargets(EventsJson.Serialize(targets)).Value!));
            Assert.Equal("1.4.0", targets.Targets![0].EcsParameters!.PlatformVersion);
            Schedule schedule = SchedulerJson.ParseSchedule(Tdk9Inputs.Schedule).Value!;
            Assert.Equal("cron(0 3 * * ? *)", schedule.ScheduleExpression);
            ScalingPolicy policy = ScalingJson.ParseScalingPolicy(Tdk9Inputs.StepPolicy).Value!;
            Assert.Equal(20d, policy.StepScalingPolicyConfiguration!.StepAdjustments![1].MetricIntervalUpperBound);
            Assert.Contains("\"MetricIntervalUpperBound\": 20,", ScalingJson.Serialize(policy), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Timestamps_keep_their_text_and_epoch_numbers_are_accepted()
        {
            Schedule schedule = SchedulerJson.ParseSchedule(Tdk9Inputs.Schedule.Replace("\"Name\": \"nightly-report\",", "\"Name\": \"nightly-report\", \"StartDate\": \"2026-01-01T00:00:00Z\", \"EndDate\": 1798761600,", System.StringComparison.Ordinal)).Value!;
            Assert.Equal("2026-01-01T00:00:00Z", schedule.StartDate);
            Assert.Equal("1798761600", schedule.EndDate);
            Assert.Contains("\"EndDate\": \"1798761600\"", SchedulerJson.Serialize(schedule), System.StringComparison.Ordinal);
        }

        [Fact]
        public void Bad_input_gives_diagnostics_with_pointer_and_line_never_an_exception()
        {
            EcsInputDocument<ScalableTarget> wrongType = ScalingJson.ParseScalableTarget("{\n  \"ServiceNamespace\": \"ecs\",\n  \"MinCapacity\": \"2\"\n}", "target.json");
            RuleDiagnostic type = Assert.Single(wrongType.ReadDiagnostics);
            Assert.Equal("/MinCapacity", type.Pointer);
            Assert.Equal(3, type.Location!.Line);
            Assert.Equal(2, wrongType.Value!.MinCapacity);

            EcsInputDocument<Schedule> malformed = SchedulerJson.ParseSchedule("{\n  \"Name\": \"x\",\n  \"ScheduleExpression\": cron(0 3 * * ? *)\n}", "schedule.json");
            Assert.Null(malformed.Value);
            Assert.Equal(RuleIds.MalformedJson, Assert.Single(malformed.ReadDiagnostics).RuleId);
            Assert.Equal(3, malformed.ReadDiagnostics[0].Location!.Line);

            EcsInputDocument<EventTargets> array = EventsJson.ParseTargets("[]");
            Assert.True(array.HasErrors);
            Assert.Null(array.Value);

            EcsInputDocument<ScalingPolicy> badSteps = ScalingJson.ParseScalingPolicy("{\"StepScalingPolicyConfiguration\": {\"StepAdjustments\": [5, {\"ScalingAdjustment\": 1}]}}");
            Assert.Equal("/StepScalingPolicyConfiguration/StepAdjustments/0", Assert.Single(badSteps.ReadDiagnostics).Pointer);
            Assert.DoesNotContain(ScalingValidator.Validate(badSteps.Value!), d => d.RuleId == RuleIds.ScalingStepAdjustments && d.Pointer.EndsWith("/0", System.StringComparison.Ordinal));
        }

        [Fact]
        public void A_schedule_with_a_list_of_tag_maps_reads_and_a_bad_element_is_reported()
        {
            Schedule tagged = SchedulerJson.ParseSchedule(Tdk9Inputs.Schedule.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"FARGATE\", \"Tags\": [{ \"team\": \"data\" }, 7],", System.StringComparison.Ordinal)).Value!;
            Assert.Equal("data", tagged.Target!.EcsParameters!.Tags![0]["team"]);
            Assert.Null(tagged.Target.EcsParameters.Tags[1]);
        }

        [Fact]
        public void Emitted_events_scheduler_and_scaling_json_passes_the_botocore_oracle()
        {
            ScheduledTaskBuilder nightly = Nightly();
            ServiceScalingBuilder scaling = WebScaling();
            Assert.DoesNotContain(ScheduledTaskValidator.Validate(nightly.ToEventTargets("nightly", "report"), Tdk9Inputs.Task(Tdk9Inputs.FargateTask)), d => d.Severity != RuleSeverity.Info);
            Assert.Empty(scaling.Validate());

            Check("events", "PutTargets", EventsJson.Serialize(nightly.ToEventTargets("nightly", "report")), EventsJson.Serialize(EventsJson.ParseTargets(Tdk9Inputs.Targets).Value!));
            Check("events", "PutRule", EventsJson.Serialize(EventsJson.ParseRule(Tdk9Inputs.Rule).Value!));
            Check("scheduler", "CreateSchedule", SchedulerJson.Serialize(nightly.ToSchedule("nightly", "cron(0 3 * * ? *)")), SchedulerJson.Serialize(SchedulerJson.ParseSchedule(Tdk9Inputs.Schedule).Value!));
            Check("application-autoscaling", "RegisterScalableTarget", ScalingJson.Serialize(scaling.Target));
            Check("application-autoscaling", "PutScalingPolicy", scaling.Policies.Select(p => ScalingJson.Serialize(p)).Append(ScalingJson.Serialize(ScalingJson.ParseScalingPolicy(Tdk9Inputs.StepPolicy).Value!)).ToArray());
            Check("application-autoscaling", "PutScheduledAction", ScalingJson.Serialize(scaling.ScheduledActions[0]));
        }

        [Fact]
        public void Writing_is_deterministic_and_uses_newlines_only()
        {
            string first = SchedulerJson.Serialize(Nightly().ToSchedule("nightly", "rate(1 day)"));
            Assert.Equal(first, SchedulerJson.Serialize(Nightly().ToSchedule("nightly", "rate(1 day)")));
            Assert.DoesNotContain("\r", first, System.StringComparison.Ordinal);
            Assert.Contains("\"Tags\": [\n", first, System.StringComparison.Ordinal);
        }

        private static void Check(string service, string operation, params string[] texts)
        {
            var files = new Dictionary<string, string>();
            for (int i = 0; i < texts.Length; i++)
            {
                files[operation + i + ".json"] = texts[i];
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(files, strict: true, operation: operation, service: service);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
