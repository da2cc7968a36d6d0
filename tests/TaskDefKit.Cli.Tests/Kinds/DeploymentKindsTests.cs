using System;
using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Kinds;
using TaskDefKit.Cli.Input.Kinds.Deployment;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Kinds
{
    /// <summary>EventBridge, Scheduler and Application Auto Scaling inputs are recognised by content and judged by validate.</summary>
    public class DeploymentKindsTests
    {
        private const string FargateTask = "{\"family\":\"report\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":\"256\",\"memory\":\"512\",\"containerDefinitions\":[{\"name\":\"report\",\"image\":\"busybox\",\"essential\":true}]}";

        private const string TargetsWithoutNetwork = "{\n  \"Rule\": \"nightly\",\n  \"Targets\": [\n    {\n      \"Id\": \"report\",\n      \"Arn\": \"arn:aws:ecs:eu-west-1:123456789012:cluster/prod\",\n      \"RoleArn\": \"arn:aws:iam::123456789012:role/ecsEventsRole\",\n      \"EcsParameters\": {\n        \"TaskDefinitionArn\": \"report\",\n        \"LaunchType\": \"FARGATE\"\n      }\n    }\n  ]\n}\n";

        [Theory]
        [InlineData("{\"Name\":\"n\",\"ScheduleExpression\":\"rate(1 day)\"}", typeof(PutRuleKind))]
        [InlineData("{\"Name\":\"n\",\"EventPattern\":\"{}\"}", typeof(PutRuleKind))]
        [InlineData("{\"Rule\":\"n\",\"Targets\":[]}", typeof(PutTargetsKind))]
        [InlineData("{\"Name\":\"n\",\"ScheduleExpression\":\"rate(1 day)\",\"FlexibleTimeWindow\":{\"Mode\":\"OFF\"},\"Target\":{}}", typeof(CreateScheduleKind))]
        [InlineData("{\"ServiceNamespace\":\"ecs\",\"ResourceId\":\"service/prod/web\",\"ScalableDimension\":\"ecs:service:DesiredCount\",\"MinCapacity\":1}", typeof(RegisterScalableTargetKind))]
        [InlineData("{\"PolicyName\":\"cpu\",\"ServiceNamespace\":\"ecs\"}", typeof(PutScalingPolicyKind))]
        [InlineData("{\"ScheduledActionName\":\"night\",\"Schedule\":\"rate(1 day)\"}", typeof(PutScheduledActionKind))]
        public void Each_input_is_recognised_by_its_members(string json, Type expected) =>
            Assert.Equal(expected, DocumentSniffer.Recognise(Encoding.UTF8.GetBytes(json), "input.json").GetType());

        [Fact]
        public void A_fargate_target_without_network_configuration_is_an_error_at_its_line()
        {
            using var temp = new TempFolder();
            temp.Write("targets.json", TargetsWithoutNetwork);
            temp.Write("report.json", FargateTask);
            CliResult result = CliRun.Run(temp.Path, "validate", "targets.json", "report.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("targets.json:8:24: error TDK9003", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Scaling_mistakes_are_errors_and_correct_inputs_are_clean()
        {
            using var temp = new TempFolder();
            temp.Write("target.json", "{\n  \"ServiceNamespace\": \"ecs\",\n  \"ResourceId\": \"service/prod/web\",\n  \"ScalableDimension\": \"ecs:service:DesiredCount\",\n  \"MinCapacity\": 12,\n  \"MaxCapacity\": 10\n}\n");
            temp.Write("policy.json", "{\n  \"PolicyName\": \"cpu\",\n  \"ServiceNamespace\": \"ecs\",\n  \"ResourceId\": \"service/prod/web\",\n  \"ScalableDimension\": \"ecs:service:DesiredCount\",\n  \"PolicyType\": \"TargetTrackingScaling\",\n  \"TargetTrackingScalingPolicyConfiguration\": {\n    \"TargetValue\": 60,\n    \"PredefinedMetricSpecification\": { \"PredefinedMetricType\": \"RDSReaderAverageCPUUtilization\" }\n  }\n}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "target.json", "policy.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("target.json:5:18: error TDK9102", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("policy.json:9:64: error TDK9103", result.Stdout, StringComparison.Ordinal);

            temp.Write("target.json", "{ \"ServiceNamespace\": \"ecs\", \"ResourceId\": \"service/prod/web\", \"ScalableDimension\": \"ecs:service:DesiredCount\", \"MinCapacity\": 2, \"MaxCapacity\": 10 }");
            temp.Write("action.json", "{ \"ServiceNamespace\": \"ecs\", \"Schedule\": \"cron(0 22 ? * MON-FRI *)\", \"ScheduledActionName\": \"night\", \"ResourceId\": \"service/prod/web\", \"ScalableDimension\": \"ecs:service:DesiredCount\", \"ScalableTargetAction\": { \"MinCapacity\": 1, \"MaxCapacity\": 4 } }");
            CliResult clean = CliRun.Run(temp.Path, "validate", "target.json", "action.json");
            Assert.True(clean.ExitCode == 0, clean.ToString());
        }
    }
}
