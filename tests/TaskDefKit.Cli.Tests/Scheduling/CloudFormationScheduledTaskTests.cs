using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Input.CloudFormation;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Cli.Tests.Services;

namespace TaskDefKit.Cli.Tests.Scheduling
{
    /// <summary>
    /// <c>AWS::Events::Rule</c> targets with <c>EcsParameters</c> and <c>AWS::Scheduler::Schedule</c> ECS targets are
    /// judged with the task definitions of the same template (issue 12, item 5): TDK9001–TDK9009 at the template's line,
    /// in its names (the Events rule's <c>AwsVpcConfiguration</c>/<c>TagList</c>, the schedule's <c>AwsvpcConfiguration</c>);
    /// what the template does not fix is unknown, never a finding.
    /// </summary>
    public class CloudFormationScheduledTaskTests
    {
        /// <summary>A correct template: a Fargate task definition started by an EventBridge rule and an EventBridge Scheduler schedule.</summary>
        private static readonly string Template = File.ReadAllText(Path.Combine(CliRun.Fixtures, "scheduled", "scheduled-task.template.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);

        private const string RuleNetwork =
            "            NetworkConfiguration:\n" +
            "              AwsVpcConfiguration:\n" +
            "                Subnets: [!Ref Subnet]\n" +
            "                AssignPublicIp: DISABLED\n";

        private const string ScheduleNetwork =
            "          NetworkConfiguration:\n" +
            "            AwsvpcConfiguration:\n" +
            "              Subnets: [!Ref Subnet]\n";

        /// <summary>The correct template without the rule target's network configuration (still valid for cfn-lint).</summary>
        private static string RuleWithoutNetwork => Edit(Template, RuleNetwork, string.Empty);

        private static string ScheduleWithoutNetwork => Edit(Template, ScheduleNetwork, string.Empty);

        [Fact]
        public void The_resource_types_are_judged()
        {
            Assert.IsType<EventsRuleResource>(ResourceKinds.Find("AWS::Events::Rule"));
            Assert.IsType<SchedulerScheduleResource>(ResourceKinds.Find("AWS::Scheduler::Schedule"));
        }

        [Fact]
        public void A_correct_scheduled_task_template_gives_no_finding()
        {
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(Template, out CliResult result);
            Assert.True(findings.Count == 0 && result.ExitCode == 0, result.ToString());
            Assert.Contains("\"definitions\":1", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("\"inputs\":3", result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void An_eventbridge_fargate_target_without_network_configuration_is_an_error_on_its_EcsParameters_line()
        {
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(RuleWithoutNetwork, out CliResult result);
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK9003", LineOf(RuleWithoutNetwork, "          EcsParameters:"), 11), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("NetworkConfiguration.AwsVpcConfiguration", finding.Message, StringComparison.Ordinal);
            Assert.Contains("(Resources/NightlyRule)", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_scheduler_fargate_target_without_network_configuration_is_an_error_on_its_EcsParameters_line()
        {
            var finding = Assert.Single(Validate(ScheduleWithoutNetwork, out _));
            Assert.Equal(("TDK9003", LineOf(ScheduleWithoutNetwork, "        EcsParameters:"), 9), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("NetworkConfiguration.AwsvpcConfiguration", finding.Message, StringComparison.Ordinal);
            Assert.Contains("(Resources/HourlySchedule)", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_network_configuration_without_subnets_is_reported_on_the_Events_names()
        {
            string template = Edit(Template, "                Subnets: [!Ref Subnet]\n", "                Subnets: []\n");
            var finding = Assert.Single(Validate(template, out _));
            Assert.Equal(("TDK9003", LineOf(template, "                Subnets: []")), (finding.Rule, finding.Line));
            Assert.Contains("AwsVpcConfiguration needs at least one subnet in Subnets", finding.Message, StringComparison.Ordinal);
        }

        /// <summary>A JSON template whose targets name an EC2-only task definition by <c>Fn::GetAtt</c> and <c>Ref</c> and run on Fargate.</summary>
        private const string LongForms =
            "{\n\"Resources\": {\n" +
            "\"Batch\": {\"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": {\"Family\": \"batch\", \"RequiresCompatibilities\": [\"EC2\"], \"NetworkMode\": \"bridge\", \"ContainerDefinitions\": [{\"Name\": \"app\", \"Image\": \"nginx:1.27\", \"Memory\": 128}]}},\n" +
            "\"Rule\": {\"Type\": \"AWS::Events::Rule\", \"Properties\": {\"ScheduleExpression\": \"rate(1 day)\", \"Targets\": [{\"Id\": \"batch\", \"Arn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\", \"RoleArn\": \"arn:aws:iam::123456789012:role/events\",\n" +
            "\"EcsParameters\": {\"TaskDefinitionArn\": {\"Fn::GetAtt\": [\"Batch\", \"TaskDefinitionArn\"]}, \"LaunchType\": \"FARGATE\", \"NetworkConfiguration\": {\"AwsVpcConfiguration\": {\"Subnets\": [\"subnet-0123456789abcdef0\"]}}}}]}},\n" +
            "\"Schedule\": {\"Type\": \"AWS::Scheduler::Schedule\", \"Properties\": {\"ScheduleExpression\": \"rate(1 day)\", \"FlexibleTimeWindow\": {\"Mode\": \"OFF\"}, \"Target\": {\"Arn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\", \"RoleArn\": \"arn:aws:iam::123456789012:role/events\",\n" +
            "\"EcsParameters\": {\"TaskDefinitionArn\": {\"Ref\": \"Batch\"}, \"LaunchType\": \"FARGATE\", \"NetworkConfiguration\": {\"AwsvpcConfiguration\": {\"Subnets\": [\"subnet-0123456789abcdef0\"]}}}}}}\n" +
            "}\n}\n";

        [Fact]
        public void The_task_definition_is_resolved_through_the_long_forms_in_a_json_template()
        {
            string template = LongForms;
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result, "stack.json").Only("TDK9");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK9002", 5), (findings[0].Rule, findings[0].Line));
            Assert.Equal(("TDK9002", 7), (findings[1].Rule, findings[1].Line));
            Assert.Contains("RequiresCompatibilities lists only EC2", findings[0].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_fargate_capacity_provider_for_an_ec2_only_task_definition_is_reported_on_the_provider()
        {
            string template = Edit(Template, "      RequiresCompatibilities: [FARGATE]\n", "      RequiresCompatibilities: [EC2]\n");
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result).Only("TDK9");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK9002", LineOf(template, "            LaunchType: FARGATE")), (findings[0].Rule, findings[0].Line));
            Assert.Equal(("TDK9002", LineOf(template, "            - CapacityProvider: FARGATE_SPOT"), 33), (findings[1].Rule, findings[1].Line, findings[1].Column));
        }

        [Fact]
        public void Each_target_of_a_rule_is_judged_against_its_own_task_definition()
        {
            // The first target runs the EC2 task in bridge mode (no network configuration: right); the second runs the
            // awsvpc task without one (wrong). Judged against the first target's task definition, both would pass.
            string template = TaskDefinitions +
                "  Rule:\n" +
                "    Type: AWS::Events::Rule\n" +
                "    Properties:\n" +
                "      ScheduleExpression: rate(1 day)\n" +
                "      Targets:\n" +
                Target("batch", "Ec2Task", "            LaunchType: EC2\n") +
                Target("web", "WebTask", string.Empty);
            var finding = Assert.Single(Validate(template, out _).Only("TDK9"));
            Assert.Equal(("TDK9003", LineOf(template, "        - Id: web") + 3), (finding.Rule, finding.Line));
            Assert.Contains("uses NetworkMode 'awsvpc'", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Parameters_imports_arns_and_unresolved_references_leave_the_task_definition_unknown()
        {
            // EC2 launch type with network configuration, and an override of a container 'nope': wrong for Ec2Task,
            // unknowable for a task definition the template does not hold.
            const string Wrong =
                "            LaunchType: EC2\n" +
                "            NetworkConfiguration:\n" +
                "              AwsVpcConfiguration:\n" +
                "                Subnets: !Ref Subnets\n";
            string template = TaskDefinitions +
                Rule("ByParameter", Target("a", "!Ref TaskArn", Wrong, reference: false, overrides: "nope")) +
                Rule("ByImport", Target("a", "!ImportValue shared-task", Wrong, reference: false, overrides: "nope")) +
                Rule("ByArn", Target("a", "arn:aws:ecs:us-east-1:123456789012:task-definition/batch:3", Wrong, reference: false, overrides: "nope")) +
                Rule("ByMissing", Target("a", "!Ref NoSuchResource", Wrong, reference: false, overrides: "nope")) +
                Rule("Resolved", Target("a", "Ec2Task", Wrong, overrides: "nope"));
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result).Only("TDK9");

            // Only the resolved one: its network configuration (bridge mode takes none) and its override of 'nope'.
            Assert.True(findings.Count == 2, result.ToString());
            Assert.All(findings, f => Assert.Contains("(Resources/Resolved)", f.Message, StringComparison.Ordinal));
            Assert.Equal(new[] { "TDK9009", "TDK9003" }, new[] { findings[0].Rule, findings[1].Rule });
        }

        [Fact]
        public void Unknown_members_of_the_task_definition_that_the_cross_checks_read_keep_them_silent()
        {
            string template = TaskDefinitions.Replace("      NetworkMode: awsvpc\n", "      NetworkMode: !If [UseVpc, awsvpc, bridge]\n", StringComparison.Ordinal) +
                Rule("Web", Target("web", "WebTask", string.Empty));
            Assert.Empty(Validate(template, out _).Only("TDK9"));
        }

        [Fact]
        public void Intrinsic_role_launch_type_and_subnets_are_never_the_cause_of_a_finding()
        {
            string template = TaskDefinitions + Rule("Web", Target(
                "web",
                "WebTask",
                "            LaunchType: !Ref LaunchType\n" +
                "            NetworkConfiguration:\n" +
                "              AwsVpcConfiguration:\n" +
                "                Subnets: [!Ref Subnet, !ImportValue other-subnet]\n" +
                "                AssignPublicIp: ENABLED\n",
                role: "!GetAtt Role.Arn"));
            Assert.Empty(Validate(template, out _).Only("TDK9"));
        }

        [Fact]
        public void A_target_without_a_role_is_reported_on_the_target()
        {
            string template = Edit(Template, "          RoleArn: !GetAtt EventsRole.Arn\n", string.Empty);
            var finding = Assert.Single(Validate(template, out _));
            Assert.Equal(("TDK9006", LineOf(template, "        - Id: report"), 11), (finding.Rule, finding.Line, finding.Column));
        }

        [Fact]
        public void A_malformed_schedule_expression_is_reported_on_its_line()
        {
            string template = Edit(Template, "cron(0 3 * * ? *)", "cron(0 3 * * *)");
            var finding = Assert.Single(Validate(template, out _));
            Assert.Equal(("TDK9001", LineOf(template, "      ScheduleExpression: cron(0 3 * * *)"), 27), (finding.Rule, finding.Line, finding.Column));
            Assert.StartsWith("ScheduleExpression: ", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_schedule_expression_made_at_deploy_time_is_unknown()
        {
            string template = Edit(Template, "cron(0 3 * * ? *)", "!Sub \"cron(0 ${Hour} * * * *)\"");
            Assert.Empty(Validate(Edit(template, "rate(1 hour)", "!Ref Expression"), out _));
        }

        [Fact]
        public void A_one_time_schedule_is_a_scheduler_expression_only()
        {
            string template = Edit(Template, "rate(1 hour)", "at(2030-01-01T03:00:00)");
            Assert.Empty(Validate(template, out _));

            string rule = Edit(Template, "cron(0 3 * * ? *)", "at(2030-01-01T03:00:00)");
            var finding = Assert.Single(Validate(rule, out _));
            Assert.Equal(("TDK9001", LineOf(rule, "      ScheduleExpression: at(2030-01-01T03:00:00)")), (finding.Rule, finding.Line));
        }

        [Fact]
        public void An_override_of_a_container_the_task_definition_lacks_is_reported_on_the_input()
        {
            string template = Edit(Template, "[{\"name\": \"report\", \"command\": [\"report\", \"--hourly\"]}]", "[{\"name\": \"reports\"}]");
            var finding = Assert.Single(Validate(template, out _));
            Assert.Equal(("TDK9009", LineOf(template, "        Input: '{\"containerOverrides\": [{\"name\": \"reports\"}]}'")), (finding.Rule, finding.Line));
            Assert.Contains("'reports'", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Tags_are_read_in_each_resource_type_names()
        {
            // AWS::Events::Rule calls the task's tags TagList and its placement strategies PlacementStrategies;
            // AWS::Scheduler::Schedule keeps the API's Tags (a list of maps) and PlacementStrategy.
            string template = Edit(
                Edit(
                    Template,
                    "            PlatformVersion: LATEST\n",
                    "            PlatformVersion: LATEST\n            TagList:\n              - Key: team\n                Value: reports\n            PlacementStrategies:\n              - Type: spread\n                Field: attribute:ecs.availability-zone\n"),
                "          TaskCount: 1\n          CapacityProviderStrategy:",
                "          TaskCount: 1\n          Tags:\n            - team: reports\n          PlacementStrategy:\n            - Type: random\n          CapacityProviderStrategy:");
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result);
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK9007", LineOf(template, "            TagList:") + 1), (findings[0].Rule, findings[0].Line));
            Assert.Contains("(TagList)", findings[0].Message, StringComparison.Ordinal);
            Assert.Equal(("TDK9007", LineOf(template, "          Tags:") + 1), (findings[1].Rule, findings[1].Line));
            Assert.Contains("(Tags)", findings[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_property_spelt_as_another_resource_type_or_the_api_spells_it_is_one_finding_on_its_name()
        {
            // The ECS service's (and the schedule's) AwsvpcConfiguration in the rule, the API's awsvpcConfiguration in
            // the schedule: CloudFormation rejects both. Their content is still read: no TDK9003 besides.
            string template = Edit(
                Edit(Template, "            AwsvpcConfiguration:\n", "            awsvpcConfiguration:\n"),
                "              AwsVpcConfiguration:\n",
                "              AwsvpcConfiguration:\n");
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result);
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK1029", LineOf(template, "              AwsvpcConfiguration:"), 15), (findings[0].Rule, findings[0].Line, findings[0].Column));
            Assert.Contains("write 'AwsVpcConfiguration'", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("(Resources/NightlyRule)", findings[0].Message, StringComparison.Ordinal);
            Assert.Equal(("TDK1029", LineOf(template, "            awsvpcConfiguration:"), 13), (findings[1].Rule, findings[1].Line, findings[1].Column));
            Assert.Contains("write 'AwsvpcConfiguration'", findings[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_api_names_of_renamed_members_are_reported_with_the_rule_names()
        {
            string template = Edit(Template, "            PlatformVersion: LATEST\n", "            PlatformVersion: LATEST\n            PlacementStrategy:\n              - Type: random\n");
            var finding = Assert.Single(Validate(template, out _));
            Assert.Equal(("TDK1029", LineOf(template, "            PlacementStrategy:")), (finding.Rule, finding.Line));
            Assert.Contains("'PlacementStrategy' is not a property CloudFormation knows here: write 'PlacementStrategies'", finding.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Bad_shapes_are_one_clear_finding_each_and_no_exception()
        {
            string template = TaskDefinitions +
                "  NotAList:\n" +
                "    Type: AWS::Events::Rule\n" +
                "    Properties:\n" +
                "      ScheduleExpression: rate(1 day)\n" +
                "      Targets: every-day\n" +
                "  StringParameters:\n" +
                "    Type: AWS::Events::Rule\n" +
                "    Properties:\n" +
                "      Targets:\n" +
                "        - Id: a\n" +
                "          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod\n" +
                "          EcsParameters: run-it\n" +
                "  TargetList:\n" +
                "    Type: AWS::Scheduler::Schedule\n" +
                "    Properties:\n" +
                "      ScheduleExpression: rate(1 day)\n" +
                "      FlexibleTimeWindow: {Mode: \"OFF\"}\n" +
                "      Target: [1]\n" +
                "  Misspelt:\n" +
                "    Type: AWS::Scheduler::Schedule\n" +
                "    Properties:\n" +
                "      ScheduleExpression: rate(1 day)\n" +
                "      FlexibleTimeWindow: {Mode: \"OFF\"}\n" +
                "      Target:\n" +
                "        Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod\n" +
                "        RoleArn: arn:aws:iam::123456789012:role/events\n" +
                "        EcsParameters:\n" +
                "          TaskDefinitionArn: !Ref Ec2Task\n" +
                "          TaskCount: many\n" +
                "          NetworkConfiguraton: {}\n";
            // The task definitions' own findings (lines above the scheduled tasks) are not the subject here.
            List<(string Rule, int Line, int Column, string Message)> findings = Validate(template, out CliResult result).FindAll(f => f.Line >= TaskDefinitions.Split('\n').Length);
            Assert.True(findings.Count == 5, result.ToString());
            Assert.Equal(("TDK1010", LineOf(template, "      Targets: every-day"), 16), (findings[0].Rule, findings[0].Line, findings[0].Column));
            Assert.Contains("'Targets'", findings[0].Message, StringComparison.Ordinal);
            Assert.Equal(("TDK1010", LineOf(template, "          EcsParameters: run-it")), (findings[1].Rule, findings[1].Line));
            Assert.Contains("'EcsParameters'", findings[1].Message, StringComparison.Ordinal);
            Assert.Equal(("TDK1010", LineOf(template, "      Target: [1]")), (findings[2].Rule, findings[2].Line));
            Assert.Equal(("TDK1010", LineOf(template, "          TaskCount: many")), (findings[3].Rule, findings[3].Line));
            Assert.Equal(("TDK1029", LineOf(template, "          NetworkConfiguraton: {}"), 11), (findings[4].Rule, findings[4].Line, findings[4].Column));
            Assert.Contains("did you mean 'NetworkConfiguration'?", findings[4].Message, StringComparison.Ordinal);
        }

        /// <summary>The templates these tests use as fixtures are valid CloudFormation: the findings above are what cfn-lint does not see.</summary>
        [CfnLintFact]
        public void The_fixtures_pass_cfn_lint()
        {
            (int exitCode, string output) = CfnLint.Lint(new Dictionary<string, string>
            {
                ["scheduled-task.yaml"] = Template,
                ["rule-without-network.yaml"] = RuleWithoutNetwork,
                ["schedule-without-network.yaml"] = ScheduleWithoutNetwork,
                ["long-forms.json"] = LongForms,
            });
            Assert.True(exitCode == 0, output);
        }

        private const string TaskDefinitions =
            "Parameters:\n" +
            "  Subnet: {Type: String}\n" +
            "  Subnets: {Type: CommaDelimitedList}\n" +
            "  TaskArn: {Type: String}\n" +
            "  LaunchType: {Type: String}\n" +
            "Conditions:\n" +
            "  UseVpc: !Equals [!Ref LaunchType, FARGATE]\n" +
            "Resources:\n" +
            "  Ec2Task:\n" +
            "    Type: AWS::ECS::TaskDefinition\n" +
            "    Properties:\n" +
            "      Family: batch\n" +
            "      RequiresCompatibilities: [EC2]\n" +
            "      NetworkMode: bridge\n" +
            "      ContainerDefinitions:\n" +
            "        - Name: app\n" +
            "          Image: nginx:1.27\n" +
            "          Memory: 256\n" +
            "  WebTask:\n" +
            "    Type: AWS::ECS::TaskDefinition\n" +
            "    Properties:\n" +
            "      Family: web\n" +
            "      RequiresCompatibilities: [EC2, FARGATE]\n" +
            "      NetworkMode: awsvpc\n" +
            "      Cpu: \"256\"\n" +
            "      Memory: \"512\"\n" +
            "      ContainerDefinitions:\n" +
            "        - Name: web\n" +
            "          Image: nginx:1.27\n";

        private static string Rule(string name, string targets) =>
            "  " + name + ":\n" +
            "    Type: AWS::Events::Rule\n" +
            "    Properties:\n" +
            "      ScheduleExpression: rate(1 day)\n" +
            "      Targets:\n" +
            targets;

        /// <summary>One rule target; <paramref name="taskDefinition"/> is a logical ID given as <c>!Ref</c> unless <paramref name="reference"/> is false; <paramref name="overrides"/> names a container in <c>Input</c>.</summary>
        private static string Target(string id, string taskDefinition, string ecsParameters, bool reference = true, string role = "arn:aws:iam::123456789012:role/events", string? overrides = null) =>
            "        - Id: " + id + "\n" +
            "          Arn: arn:aws:ecs:us-east-1:123456789012:cluster/prod\n" +
            "          RoleArn: " + role + "\n" +
            (overrides is null ? string.Empty : "          Input: '{\"containerOverrides\": [{\"name\": \"" + overrides + "\"}]}'\n") +
            "          EcsParameters:\n" +
            "            TaskDefinitionArn: " + (reference ? "!Ref " : string.Empty) + taskDefinition + "\n" +
            ecsParameters;

        private static List<(string Rule, int Line, int Column, string Message)> Validate(string template, out CliResult result, string name = "stack.yaml")
        {
            using var temp = new TempFolder();
            temp.Write(name, template);
            return ValidateJson.Findings(temp.Path, out result, name);
        }

        private static string Edit(string template, string old, string replacement)
        {
            Assert.Contains(old, template, StringComparison.Ordinal);
            return template.Replace(old, replacement, StringComparison.Ordinal);
        }

        /// <summary>The 1-based number of the one line that reads exactly <paramref name="line"/>.</summary>
        private static int LineOf(string template, string line)
        {
            string[] lines = template.Split('\n');
            int first = Array.IndexOf(lines, line);
            Assert.True(first >= 0 && Array.LastIndexOf(lines, line) == first, "not exactly one line '" + line + "'");
            return first + 1;
        }
    }
}
