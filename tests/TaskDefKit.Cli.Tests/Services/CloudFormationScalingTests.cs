using System;
using System.Collections.Generic;
using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Samples.Service;
using TaskDefKit.Testing;

namespace TaskDefKit.Cli.Tests.Services
{
    /// <summary>
    /// Application Auto Scaling resources in a template (issue 12, item 5): <c>AWS::ApplicationAutoScaling::ScalableTarget</c>
    /// (with its <c>ScheduledActions</c>) and <c>ScalingPolicy</c> (its own resource or <c>ScalingTargetId</c>) are judged
    /// by the TDK91xx rules at the template's line, in its names; a <c>ResourceId</c> built with <c>!Join</c>/<c>!Sub</c>
    /// is resolved as far as the template fixes it, and what it does not fix is never a finding.
    /// </summary>
    public class CloudFormationScalingTests
    {
        /// <summary>
        /// A service with a scalable target (two ResourceId forms), target tracking, step scaling and a scheduled action;
        /// clean for cfn-lint and for every rule (the task definition and cluster follow the hygiene advice too, so any
        /// finding in a test below is the one the test makes).
        /// </summary>
        private const string Correct =
            "AWSTemplateFormatVersion: \"2010-09-09\"\n" +
            "Parameters:\n" +
            "  Subnet:\n" +
            "    Type: AWS::EC2::Subnet::Id\n" +
            "Resources:\n" +
            "  Cluster:\n" +
            "    Type: AWS::ECS::Cluster\n" +
            "    Properties:\n" +
            "      ClusterSettings:\n" +
            "        - Name: containerInsights\n" +
            "          Value: enabled\n" +
            "  ExecRole:\n" +
            "    Type: AWS::IAM::Role\n" +
            "    Properties:\n" +
            "      AssumeRolePolicyDocument:\n" +
            "        Version: \"2012-10-17\"\n" +
            "        Statement:\n" +
            "          - Effect: Allow\n" +
            "            Principal:\n" +
            "              Service: ecs-tasks.amazonaws.com\n" +
            "            Action: sts:AssumeRole\n" +
            "      ManagedPolicyArns:\n" +
            "        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\n" +
            "  WebTask:\n" +
            "    Type: AWS::ECS::TaskDefinition\n" +
            "    Properties:\n" +
            "      Family: web\n" +
            "      RequiresCompatibilities: [FARGATE]\n" +
            "      NetworkMode: awsvpc\n" +
            "      Cpu: \"256\"\n" +
            "      Memory: \"512\"\n" +
            "      ExecutionRoleArn: !GetAtt ExecRole.Arn\n" +
            "      ContainerDefinitions:\n" +
            "        - Name: web\n" +
            "          Image: public.ecr.aws/nginx/nginx:1.27\n" +
            "          Essential: true\n" +
            "          Memory: 512\n" +
            "          ReadonlyRootFilesystem: true\n" +
            "          User: \"1000:1000\"\n" +
            "          HealthCheck:\n" +
            "            Command: [CMD-SHELL, \"curl -f http://localhost/ || exit 1\"]\n" +
            "          LogConfiguration:\n" +
            "            LogDriver: awslogs\n" +
            "            Options:\n" +
            "              awslogs-group: /ecs/web\n" +
            "              awslogs-region: !Ref AWS::Region\n" +
            "              awslogs-stream-prefix: web\n" +
            "          PortMappings:\n" +
            "            - ContainerPort: 80\n" +
            "  Web:\n" +
            "    Type: AWS::ECS::Service\n" +
            "    Properties:\n" +
            "      Cluster: !Ref Cluster\n" +
            "      LaunchType: FARGATE\n" +
            "      TaskDefinition: !Ref WebTask\n" +
            "      NetworkConfiguration:\n" +
            "        AwsvpcConfiguration:\n" +
            "          Subnets: [!Ref Subnet]\n" +
            "  WebScaling:\n" +
            "    Type: AWS::ApplicationAutoScaling::ScalableTarget\n" +
            "    Properties:\n" +
            "      ServiceNamespace: ecs\n" +
            "      ScalableDimension: ecs:service:DesiredCount\n" +
            "      ResourceId: !Join [\"/\", [service, !Ref Cluster, !GetAtt Web.Name]]\n" +
            "      MinCapacity: 2\n" +
            "      MaxCapacity: 10\n" +
            "      ScheduledActions:\n" +
            "        - ScheduledActionName: night\n" +
            "          Schedule: cron(0 22 ? * MON-FRI *)\n" +
            "          Timezone: Europe/Berlin\n" +
            "          ScalableTargetAction:\n" +
            "            MinCapacity: 1\n" +
            "            MaxCapacity: 4\n" +
            "  WebCpu:\n" +
            "    Type: AWS::ApplicationAutoScaling::ScalingPolicy\n" +
            "    Properties:\n" +
            "      PolicyName: web-cpu\n" +
            "      PolicyType: TargetTrackingScaling\n" +
            "      ScalingTargetId: !Ref WebScaling\n" +
            "      TargetTrackingScalingPolicyConfiguration:\n" +
            "        TargetValue: 50.5\n" +
            "        ScaleInCooldown: 300\n" +
            "        ScaleOutCooldown: 60\n" +
            "        PredefinedMetricSpecification:\n" +
            "          PredefinedMetricType: ECSServiceAverageCPUUtilization\n" +
            "  WebSteps:\n" +
            "    Type: AWS::ApplicationAutoScaling::ScalingPolicy\n" +
            "    DependsOn: WebScaling\n" +
            "    Properties:\n" +
            "      PolicyName: web-steps\n" +
            "      PolicyType: StepScaling\n" +
            "      ServiceNamespace: ecs\n" +
            "      ScalableDimension: ecs:service:DesiredCount\n" +
            "      ResourceId: !Sub \"service/${Cluster}/${Web.Name}\"\n" +
            "      StepScalingPolicyConfiguration:\n" +
            "        AdjustmentType: ChangeInCapacity\n" +
            "        Cooldown: 60\n" +
            "        MetricAggregationType: Average\n" +
            "        StepAdjustments:\n" +
            "          - MetricIntervalUpperBound: 0\n" +
            "            ScalingAdjustment: -1\n" +
            "          - MetricIntervalLowerBound: 0\n" +
            "            MetricIntervalUpperBound: 12.5\n" +
            "            ScalingAdjustment: 1\n" +
            "          - MetricIntervalLowerBound: 12.5\n" +
            "            ScalingAdjustment: 3\n";

        [Fact]
        public void A_correct_autoscaling_template_gives_no_finding_and_counts_its_scaling_resources()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", Correct);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(findings.Count == 0 && result.ExitCode == 0, result.ToString());
            Assert.Contains("\"inputs\":5", result.Stdout, StringComparison.Ordinal); // cluster, service, target, two policies
        }

        [CfnLintFact]
        public void The_correct_autoscaling_template_passes_cfn_lint()
        {
            (int exitCode, string output) = CfnLint.Lint(new Dictionary<string, string> { ["stack.yaml"] = Correct });
            Assert.True(exitCode == 0, output);
        }

        [Fact]
        public void A_scalable_target_with_min_above_max_is_an_error_at_its_min_capacity_line_in_yaml()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("      MinCapacity: 2\n", "      MinCapacity: 12\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9102", LineOf(template, "MinCapacity: 12"), 20), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("MinCapacity 12 is above MaxCapacity 10", finding.Message, StringComparison.Ordinal);
            Assert.Contains("(Resources/WebScaling)", finding.Message, StringComparison.Ordinal);
            Assert.Equal(1, result.ExitCode);
        }

        [Fact]
        public void A_scalable_target_with_min_above_max_is_an_error_at_its_line_in_json()
        {
            using var temp = new TempFolder();
            temp.Write("stack.json",
                "{\n" +
                "  \"Resources\": {\n" +
                "    \"Target\": {\n" +
                "      \"Type\": \"AWS::ApplicationAutoScaling::ScalableTarget\",\n" +
                "      \"Properties\": {\n" +
                "        \"ServiceNamespace\": \"ecs\",\n" +
                "        \"ScalableDimension\": \"ecs:service:DesiredCount\",\n" +
                "        \"ResourceId\": \"service/prod/web\",\n" +
                "        \"MinCapacity\": \"8\",\n" +
                "        \"MaxCapacity\": 4\n" +
                "      }\n" +
                "    }\n" +
                "  }\n" +
                "}\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.json");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9102", 9, 24), (finding.Rule, finding.Line, finding.Column));
        }

        [Theory]
        [InlineData("      ScalingTargetId: !Ref WebScaling\n")]
        [InlineData("      ServiceNamespace: ecs\n      ScalableDimension: ecs:service:DesiredCount\n      ResourceId: !Join [\"/\", [service, !Ref Cluster, !GetAtt Web.Name]]\n")]
        public void A_target_tracking_policy_on_another_services_metric_is_an_error_at_its_metric_line(string resource)
        {
            using var temp = new TempFolder();
            string template = Correct
                .Replace("      ScalingTargetId: !Ref WebScaling\n", resource, StringComparison.Ordinal)
                .Replace("PredefinedMetricType: ECSServiceAverageCPUUtilization", "PredefinedMetricType: RDSReaderAverageCPUUtilization", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9103", LineOf(template, "RDSReaderAverageCPUUtilization"), 33), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("PredefinedMetricType 'RDSReaderAverageCPUUtilization' is not an ECS service metric", finding.Message, StringComparison.Ordinal);
            Assert.Contains("(Resources/WebCpu)", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_target_tracking_policy_on_another_services_metric_is_an_error_at_its_line_in_json()
        {
            using var temp = new TempFolder();
            temp.Write("stack.json",
                "{\"Resources\": {\n" +
                "  \"Cluster\": {\"Type\": \"AWS::ECS::Cluster\", \"Properties\": {\"ClusterSettings\": [{\"Name\": \"containerInsights\", \"Value\": \"enabled\"}]}},\n" +
                "  \"Target\": {\"Type\": \"AWS::ApplicationAutoScaling::ScalableTarget\", \"Properties\": {\"ServiceNamespace\": \"ecs\", \"ScalableDimension\": \"ecs:service:DesiredCount\",\n" +
                "    \"ResourceId\": {\"Fn::Join\": [\"/\", [\"service\", {\"Ref\": \"Cluster\"}, \"web\"]]}, \"MinCapacity\": 1, \"MaxCapacity\": 4}},\n" +
                "  \"Policy\": {\"Type\": \"AWS::ApplicationAutoScaling::ScalingPolicy\", \"Properties\": {\"PolicyName\": \"p\", \"PolicyType\": \"TargetTrackingScaling\", \"ScalingTargetId\": {\"Ref\": \"Target\"},\n" +
                "    \"TargetTrackingScalingPolicyConfiguration\": {\"TargetValue\": 70.5,\n" +
                "      \"PredefinedMetricSpecification\": {\"PredefinedMetricType\": \"DynamoDBReadCapacityUtilization\"}}}}\n" +
                "}}\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.json");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9103", 7, 65), (finding.Rule, finding.Line, finding.Column));
        }

        [Fact]
        public void A_policy_whose_scaling_target_id_is_outside_the_template_is_not_missing_its_resource()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("      ScalingTargetId: !Ref WebScaling\n", "      ScalingTargetId: !ImportValue shared-target\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void A_wrong_resource_on_the_target_is_one_finding_there_not_again_on_the_policy_that_takes_it()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("      ScalableDimension: ecs:service:DesiredCount\n      ResourceId: !Join", "      ScalableDimension: ecs:service:RunningCount\n      ResourceId: !Join", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9101", LineOf(template, "ecs:service:RunningCount")), (finding.Rule, finding.Line));
            Assert.Contains("(Resources/WebScaling)", finding.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("!Join [\"/\", [services, !Ref Cluster, !GetAtt Web.Name]]", "services/${Cluster}/${Web.Name}")]
        [InlineData("!Sub \"service/${Cluster}\"", "service/${Cluster}")]
        [InlineData("{\"Fn::Sub\": [\"service/${C}/${S}/x\", {\"C\": !Ref Cluster, \"S\": !GetAtt Web.Name}]}", "service/${Cluster}/${Web.Name}/x")]
        public void A_resource_id_the_template_builds_wrong_is_reported_at_its_line_as_resolved(string resourceId, string resolved)
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("!Join [\"/\", [service, !Ref Cluster, !GetAtt Web.Name]]", resourceId, StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9101", LineOf(template, "ResourceId: " + resourceId), 19), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("ResourceId is '" + resolved + "'", finding.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("!Sub \"service/${ClusterName}/${Web.Name}\"")]       // a parameter (not declared: unknown all the same)
        [InlineData("!Join [\"/\", [service, !Ref Cluster, !Ref Web]]")]  // Ref of a service is its ARN: not judged
        [InlineData("!ImportValue web-resource-id")]
        [InlineData("!Join [\"/\", !Split [\",\", \"service,a,b\"]]")]
        public void A_resource_id_the_template_does_not_fix_is_never_a_finding(string resourceId)
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", Correct.Replace("!Join [\"/\", [service, !Ref Cluster, !GetAtt Web.Name]]", resourceId, StringComparison.Ordinal));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void A_scheduled_action_of_the_target_is_judged_on_the_targets_resource_at_its_own_lines()
        {
            using var temp = new TempFolder();
            string template = Correct
                .Replace("cron(0 22 ? * MON-FRI *)", "cron(0 22 * * MON-FRI *)", StringComparison.Ordinal)
                .Replace("            MinCapacity: 1\n            MaxCapacity: 4\n", "            MinCapacity: 6\n            MaxCapacity: 4\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK9106", LineOf(template, "cron(0 22 * * MON-FRI *)")), (findings[0].Rule, findings[0].Line));
            Assert.Equal(("TDK9102", LineOf(template, "MinCapacity: 6")), (findings[1].Rule, findings[1].Line));
            Assert.Contains("\"pointer\":\"/ScheduledActions/0/ScalableTargetAction/MinCapacity\"", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void A_step_policy_with_overlapping_steps_is_an_error_at_the_step_unless_a_step_is_unknown()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("          - MetricIntervalLowerBound: 12.5\n", "          - MetricIntervalLowerBound: 10\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9105", LineOf(template, "MetricIntervalLowerBound: 10")), (finding.Rule, finding.Line));

            // The same gap is a guess when a step is an intrinsic: CloudFormation decides at deploy time whether it exists.
            string unknownStep = Correct.Replace("          - MetricIntervalLowerBound: 0\n            MetricIntervalUpperBound: 12.5\n            ScalingAdjustment: 1\n", "          - !If [Big, {MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 12.5, ScalingAdjustment: 1}, !Ref AWS::NoValue]\n", StringComparison.Ordinal);
            Assert.NotEqual(Correct, unknownStep);
            temp.Write("stack.yaml", unknownStep);
            Assert.Empty(ValidateJson.Findings(temp.Path, out CliResult unknown, "stack.yaml"));
        }

        [Fact]
        public void An_unknown_policy_type_leaves_the_configuration_check_silent()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", Correct.Replace("      PolicyType: TargetTrackingScaling\n", "      PolicyType: !Ref PolicyType\n", StringComparison.Ordinal));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Theory]
        [InlineData("TargetValue: 50.5", "TargetValue: 0.0", "TDK9107")]
        [InlineData("TargetValue: 50.5", "TargetValue: \"-1.5\"", "TDK9107")]
        [InlineData("ScaleInCooldown: 300", "ScaleInCooldown: \"-300\"", "TDK9104")]
        public void Numbers_written_as_numbers_or_strings_reach_the_rules_as_numbers(string from, string to, string rule)
        {
            using var temp = new TempFolder();
            string template = Correct.Replace(from, to, StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal((rule, LineOf(template, to)), (finding.Rule, finding.Line));
        }

        [Theory]
        [InlineData("TargetValue: 50.5", "\"TargetValue\":50.5")]
        [InlineData("TargetValue: \"50.5\"", "\"TargetValue\":50.5")]
        [InlineData("TargetValue: 5e1", "\"TargetValue\":50")]
        [InlineData("TargetValue: -7", "\"TargetValue\":-7")]
        [InlineData("TargetValue: high", "\"TargetValue\":\"high\"")]
        [InlineData("ScaleInCooldown: \"300\"", "\"ScaleInCooldown\":300")]
        [InlineData("ScaleInCooldown: 1.5", "\"ScaleInCooldown\":1.5")]
        public void Numbers_of_every_numeric_kind_are_translated_by_one_rule(string property, string json)
        {
            SourceNode properties = YamlSourceReader.Read(Encoding.UTF8.GetBytes("TargetTrackingScalingPolicyConfiguration:\n  " + property + "\n"));
            TranslatedDocument translated = CloudFormationTranslator.Translate(ScalingProfiles.ScalingPolicy, "Policy", properties, properties);
            Assert.Equal("{\"TargetTrackingScalingPolicyConfiguration\":{" + json + "}}", Encoding.UTF8.GetString(translated.Json));
        }

        [Theory]
        [InlineData("      MinCapacity: 2\n", "      MinCapacity: lots\n", "lots", "'MinCapacity' must be a JSON integer")]
        [InlineData("        TargetValue: 50.5\n", "        TargetValue: high\n", "high", "'TargetValue' must be a JSON number")]
        [InlineData("        TargetValue: 50.5\n", "        TargetValue: [50]\n", "[50]", "'TargetValue' must be a JSON number")]
        [InlineData("      ScheduledActions:\n", "      ScheduledActions: nightly\n      Unused:\n", "nightly", "'ScheduledActions' must be a list")]
        [InlineData("        StepAdjustments:\n", "        StepAdjustments: many\n        Unused:\n", "many", "'StepAdjustments' must be a JSON array")]
        [InlineData("      TargetTrackingScalingPolicyConfiguration:\n", "      TargetTrackingScalingPolicyConfiguration: fast\n      Unused:\n", "fast", "'TargetTrackingScalingPolicyConfiguration' must be a JSON object")]
        public void Values_of_the_wrong_type_are_one_clear_finding_at_their_line(string from, string to, string at, string message)
        {
            using var temp = new TempFolder();
            string template = Correct.Replace(from, to, StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").FindAll(f => f.Rule != "TDK1029");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK1010", LineOf(template, at)), (finding.Rule, finding.Line));
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_misspelt_property_is_named_as_the_template_spells_it()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("      PolicyName: web-cpu\n", "      PolicyNmae: web-cpu\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK1029", LineOf(template, "PolicyNmae"), 7), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("'PolicyNmae'", finding.Message, StringComparison.Ordinal);
            Assert.Contains("did you mean 'PolicyName'?", finding.Message, StringComparison.Ordinal);
            Assert.Contains("\"pointer\":\"/PolicyNmae\"", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Huge_lists_of_steps_and_scheduled_actions_are_judged_without_exception()
        {
            var steps = new StringBuilder();
            for (int i = 0; i < 20_000; i++)
            {
                steps.Append("          - MetricIntervalLowerBound: ").Append(i).Append("\n            MetricIntervalUpperBound: ").Append(i + 1).Append("\n            ScalingAdjustment: 1\n");
            }

            var actions = new StringBuilder();
            for (int i = 0; i < 2_000; i++)
            {
                actions.Append("        - ScheduledActionName: a").Append(i).Append("\n          Schedule: ").Append(i == 1999 ? "daily" : "rate(1 day)").Append('\n');
            }

            string template = Correct
                .Replace("          - MetricIntervalUpperBound: 0\n            ScalingAdjustment: -1\n          - MetricIntervalLowerBound: 0\n            MetricIntervalUpperBound: 12.5\n            ScalingAdjustment: 1\n          - MetricIntervalLowerBound: 12.5\n            ScalingAdjustment: 3\n", steps.ToString(), StringComparison.Ordinal)
                .Replace("        - ScheduledActionName: night\n          Schedule: cron(0 22 ? * MON-FRI *)\n          Timezone: Europe/Berlin\n          ScalableTargetAction:\n            MinCapacity: 1\n            MaxCapacity: 4\n", actions.ToString(), StringComparison.Ordinal);
            using var temp = new TempFolder();
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9106", LineOf(template, "Schedule: daily")), (finding.Rule, finding.Line));
        }

        [Fact]
        public void A_join_resource_id_still_links_the_target_to_its_service_for_TDK7025()
        {
            using var temp = new TempFolder();
            string template = Correct.Replace("      LaunchType: FARGATE\n", "      LaunchType: FARGATE\n      DesiredCount: 3\n", StringComparison.Ordinal);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK7025", LineOf(template, "DesiredCount: 3")), (finding.Rule, finding.Line));
        }

        [Fact]
        public void The_service_samples_stack_with_its_cpu_target_tracking_stays_clean()
        {
            string template = WebServiceTemplate.Json(WebServiceDefinitions.Cluster().Build(), WebServiceDefinitions.WebService().Build());
            Assert.Contains("AWS::ApplicationAutoScaling::ScalingPolicy", template, StringComparison.Ordinal);
            using var temp = new TempFolder();
            temp.Write("web-stack.template.json", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "web-stack.template.json");
            Assert.True(findings.Count == 0 && result.ExitCode == 0, result.ToString());
            Assert.Contains("\"inputs\":4", result.Stdout, StringComparison.Ordinal); // cluster, service, scalable target, policy
        }

        [Fact]
        public void The_scaling_resource_types_are_known()
        {
            Assert.NotNull(ResourceKinds.Find("AWS::ApplicationAutoScaling::ScalableTarget"));
            Assert.NotNull(ResourceKinds.Find("AWS::ApplicationAutoScaling::ScalingPolicy"));
        }

        /// <summary>The 1-based line of the first line holding <paramref name="text"/>.</summary>
        private static int LineOf(string template, string text)
        {
            int at = template.IndexOf(text, StringComparison.Ordinal);
            Assert.True(at >= 0, "'" + text + "' is not in the template");
            int line = 1;
            for (int i = 0; i < at; i++)
            {
                if (template[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }
    }
}
