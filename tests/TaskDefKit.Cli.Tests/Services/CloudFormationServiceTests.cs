using System.Collections.Generic;
using System.Text;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Services
{
    /// <summary>
    /// A template holding services, clusters and task definitions is judged as a whole (issue 11, item 5): a service's
    /// TaskDefinition reference resolves to the resource in the same template and the cross-checks run against it, at
    /// the template's line, in its PascalCase names; what the template does not fix is unknown, never a finding.
    /// </summary>
    public class CloudFormationServiceTests
    {
        private const string TaskDefinitions =
            "AWSTemplateFormatVersion: \"2010-09-09\"\n" +       // 1
            "Parameters:\n" +                                  // 2
            "  Subnet:\n" +                                    // 3
            "    Type: String\n" +                             // 4
            "  TaskArn:\n" +                                   // 5
            "    Type: String\n" +                             // 6
            "Resources:\n" +                                   // 7
            "  Ec2Task:\n" +                                   // 8
            "    Type: AWS::ECS::TaskDefinition\n" +           // 9
            "    Properties:\n" +                              // 10
            "      Family: batch\n" +                          // 11
            "      RequiresCompatibilities: [EC2]\n" +         // 12
            "      NetworkMode: bridge\n" +                    // 13
            "      ContainerDefinitions:\n" +                  // 14
            "        - Name: app\n" +                          // 15
            "          Image: nginx:1.27\n" +                  // 16
            "          Memory: 256\n" +                        // 17
            "  WebTask:\n" +                                   // 18
            "    Type: AWS::ECS::TaskDefinition\n" +           // 19
            "    Properties:\n" +                              // 20
            "      Family: web\n" +                            // 21
            "      RequiresCompatibilities: [FARGATE]\n" +     // 22
            "      NetworkMode: awsvpc\n" +                    // 23
            "      Cpu: \"256\"\n" +                           // 24
            "      Memory: \"512\"\n" +                        // 25
            "      ExecutionRoleArn: !GetAtt ExecRole.Arn\n" + // 26
            "      ContainerDefinitions:\n" +                  // 27
            "        - Name: web\n" +                          // 28
            "          Image: !Sub \"${AWS::AccountId}.dkr.ecr.us-east-1.amazonaws.com/web:1\"\n" + // 29
            "          PortMappings:\n" +                      // 30
            "            - ContainerPort: 80\n" +              // 31
            "  ExecRole:\n" +                                  // 32
            "    Type: AWS::IAM::Role\n" +                     // 33
            "    Properties:\n" +                              // 34
            "      AssumeRolePolicyDocument: {}\n" +           // 35
            "  Cluster:\n" +                                   // 36
            "    Type: AWS::ECS::Cluster\n" +                  // 37
            "    Properties:\n" +                              // 38
            "      ClusterSettings:\n" +                       // 39
            "        - Name: containerInsights\n" +            // 40
            "          Value: enabled\n";                      // 41

        private static string Service(string name, string body) =>
            "  " + name + ":\n" +
            "    Type: AWS::ECS::Service\n" +
            "    Properties:\n" +
            "      Cluster: !Ref Cluster\n" +
            body;

        private const string Network =
            "      NetworkConfiguration:\n" +
            "        AwsvpcConfiguration:\n" +
            "          Subnets: [!Ref Subnet]\n";

        [Fact]
        public void A_fargate_service_whose_task_definition_is_ec2_only_is_reported_on_its_launch_type_line()
        {
            using var temp = new TempFolder();
            // Service starts at line 42: name 42, Type 43, Properties 44, Cluster 45, LaunchType 46.
            temp.Write("stack.yaml", TaskDefinitions + Service("Batch", "      LaunchType: FARGATE\n      TaskDefinition: !Ref Ec2Task\n" + Network));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7005");
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings);
            Assert.Equal((46, 19), (finding.Line, finding.Column));
            Assert.Contains("RequiresCompatibilities", finding.Message);
            Assert.Contains("(Resources/Batch)", finding.Message);
        }

        [Fact]
        public void The_long_forms_and_get_att_resolve_too()
        {
            using var temp = new TempFolder();
            temp.Write("stack.json", "{\n\"Resources\": {\n" +
                "\"Task\": {\"Type\": \"AWS::ECS::TaskDefinition\", \"Properties\": {\"Family\": \"b\", \"RequiresCompatibilities\": [\"EC2\"], \"ContainerDefinitions\": [{\"Name\": \"a\", \"Image\": \"nginx:1\", \"Memory\": 128}]}},\n" +
                "\"ByRef\": {\"Type\": \"AWS::ECS::Service\", \"Properties\": {\n\"LaunchType\": \"FARGATE\", \"TaskDefinition\": {\"Ref\": \"Task\"}}},\n" +
                "\"ByGetAtt\": {\"Type\": \"AWS::ECS::Service\", \"Properties\": {\n\"LaunchType\": \"FARGATE\", \"TaskDefinition\": {\"Fn::GetAtt\": [\"Task\", \"TaskDefinitionArn\"]}}}\n" +
                "}\n}\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.json").Only("TDK7005");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(5, findings[0].Line);
            Assert.Equal(7, findings[1].Line);
        }

        [Fact]
        public void An_awsvpc_service_without_network_configuration_is_reported_on_its_properties()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", TaskDefinitions + Service("Web", "      LaunchType: FARGATE\n      TaskDefinition: !Ref WebTask\n"));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7");
            var finding = Assert.Single(findings);
            Assert.Equal("TDK7004", finding.Rule);
            Assert.Equal(45, finding.Line);
            Assert.Contains("NetworkConfiguration.AwsvpcConfiguration", finding.Message);
        }

        [Fact]
        public void A_load_balancer_naming_a_missing_container_or_an_unmapped_port_is_reported_on_that_line()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", TaskDefinitions + Service(
                "Web",
                "      LaunchType: FARGATE\n" +                     // 46
                "      TaskDefinition: !Ref WebTask\n" +            // 47
                Network +                                           // 48-50
                "      LoadBalancers:\n" +                          // 51
                "        - ContainerName: api\n" +                  // 52
                "          ContainerPort: 80\n" +                   // 53
                "          TargetGroupArn: !Ref TaskArn\n" +        // 54
                "        - ContainerName: web\n" +                  // 55
                "          ContainerPort: 8080\n" +                 // 56
                "          TargetGroupArn: !Ref TaskArn\n"));       // 57
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(("TDK7012", 52, 26), (findings[0].Rule, findings[0].Line, findings[0].Column));
            Assert.Equal(("TDK7012", 56, 26), (findings[1].Rule, findings[1].Line, findings[1].Column));
            Assert.Contains("PortMappings", findings[1].Message);
        }

        [Fact]
        public void A_correct_template_gives_no_service_finding()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", TaskDefinitions + Service(
                "Web",
                "      LaunchType: FARGATE\n" +
                "      TaskDefinition: !Ref WebTask\n" +
                "      DesiredCount: 2\n" +
                Network +
                "      LoadBalancers:\n" +
                "        - ContainerName: web\n" +
                "          ContainerPort: 80\n" +
                "          TargetGroupArn: !Ref TaskArn\n") + Service(
                "Batch",
                "      LaunchType: EC2\n" +
                "      TaskDefinition: !Ref Ec2Task\n" +
                "      PlacementStrategies:\n" +
                "        - Type: spread\n" +
                "          Field: attribute:ecs.availability-zone\n"));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK0", "TDK1", "TDK5", "TDK7");
            Assert.True(findings.Count == 0, result.ToString());
            Assert.Contains("\"definitions\":2", result.Stdout);
            Assert.Contains("\"inputs\":3", result.Stdout);
        }

        private const string ScalableTarget =
            "  WebScaling:\n" +
            "    Type: AWS::ApplicationAutoScaling::ScalableTarget\n" +
            "    Properties:\n" +
            "      ServiceNamespace: ecs\n" +
            "      ScalableDimension: ecs:service:DesiredCount\n" +
            "      ResourceId: !Sub \"service/${Cluster}/${Web.Name}\"\n" +
            "      MinCapacity: 1\n" +
            "      MaxCapacity: 4\n";

        private static string ScaledWeb(string desiredCount) => TaskDefinitions + Service(
            "Web",
            "      LaunchType: FARGATE\n" +
            "      TaskDefinition: !Ref WebTask\n" +
            desiredCount +
            Network) + ScalableTarget;

        [Fact]
        public void A_desired_count_on_a_service_that_a_scalable_target_of_the_template_scales_is_TDK7025_on_its_line()
        {
            using var temp = new TempFolder();
            // Service starts at line 42: name 42, Type 43, Properties 44, Cluster 45, LaunchType 46, TaskDefinition 47, DesiredCount 48.
            temp.Write("stack.yaml", ScaledWeb("      DesiredCount: 2\n"));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK7025", 48), (finding.Rule, finding.Line));
            Assert.Contains("DesiredCount", finding.Message);
        }

        [Fact]
        public void A_scaled_service_without_desired_count_is_silent_as_cloudformation_defaults_it()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", ScaledWeb(string.Empty));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void Parameters_imports_and_unresolved_references_leave_the_task_definition_unknown()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", TaskDefinitions +
                Service("ByParameter", "      LaunchType: FARGATE\n      TaskDefinition: !Ref TaskArn\n") +
                Service("ByImport", "      LaunchType: FARGATE\n      TaskDefinition: !ImportValue shared-task\n") +
                Service("ByArn", "      LaunchType: FARGATE\n      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/batch:3\n") +
                Service("ByMissing", "      LaunchType: FARGATE\n      TaskDefinition: !Ref NoSuchResource\n") +
                Service("UnknownLaunchType", "      LaunchType: !Ref TaskArn\n      TaskDefinition: !Ref Ec2Task\n"));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void A_task_definition_member_the_cross_checks_read_left_unknown_keeps_them_silent()
        {
            using var temp = new TempFolder();
            string template = TaskDefinitions.Replace("      RequiresCompatibilities: [EC2]\n", "      RequiresCompatibilities: !If [IsFargate, [FARGATE], [EC2]]\n");
            temp.Write("stack.yaml", template + Service("Batch", "      LaunchType: FARGATE\n      TaskDefinition: !Ref Ec2Task\n" + Network));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7005");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void Circular_references_are_one_clear_finding_each_and_no_exception()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml",
                "Resources:\n" +
                "  Web:\n" +
                "    Type: AWS::ECS::Service\n" +
                "    Properties:\n" +
                "      TaskDefinition: !Ref Task\n" +
                "  Task:\n" +
                "    Type: AWS::ECS::TaskDefinition\n" +
                "    DependsOn: Web\n" +
                "    Properties:\n" +
                "      Family: web\n" +
                "      ContainerDefinitions:\n" +
                "        - Name: web\n" +
                "          Image: nginx:1\n" +
                "          Memory: 128\n" +
                "  Loop:\n" +
                "    Type: AWS::SNS::Topic\n" +
                "    Properties:\n" +
                "      DisplayName: !Sub \"${Loop.TopicName}\"\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7100");
            Assert.True(findings.Count == 2, result.ToString());
            Assert.Equal(5, findings[0].Line);
            Assert.Contains("Web → Task → Web", findings[0].Message);
            Assert.Equal(18, findings[1].Line);
            Assert.Contains("Loop → Loop", findings[1].Message);
            Assert.DoesNotContain("TDK0003", result.Stdout);
        }

        [Fact]
        public void Resources_that_only_reference_onwards_are_not_a_circle()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", TaskDefinitions + Service("Web", "      LaunchType: FARGATE\n      TaskDefinition: !Ref WebTask\n    DependsOn: [ExecRole, WebTask]\n" + Network));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK7100");
            Assert.True(findings.Count == 0, result.ToString());
        }

        [Fact]
        public void A_template_of_500_resources_is_judged_whole_without_exception()
        {
            var text = new StringBuilder("Resources:\n");
            for (int i = 0; i < 250; i++)
            {
                text.Append("  Task").Append(i).Append(":\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: t").Append(i)
                    .Append("\n      RequiresCompatibilities: [EC2]\n      ContainerDefinitions:\n        - Name: app\n          Image: nginx:1\n          Memory: 128\n");
                text.Append("  Service").Append(i).Append(":\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: ").Append(i == 249 ? "FARGATE" : "EC2")
                    .Append("\n      TaskDefinition: !Ref Task").Append(i).Append(i > 0 ? "\n    DependsOn: Service" + (i - 1) : string.Empty).Append('\n');
            }

            using var temp = new TempFolder();
            temp.Write("big.yaml", text.ToString());
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "--severity", "error", "big.yaml");
            Assert.True(findings.Count == 1 && findings[0].Rule == "TDK7005", result.ToString());
            Assert.Contains("\"definitions\":250", result.Stdout);
            Assert.Contains("\"inputs\":250", result.Stdout);
        }

        [Fact]
        public void A_cluster_resource_is_read_in_the_template_names()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", "Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n    Properties:\n      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n      ClusterNmae: prod\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK1029", 8, 7), (finding.Rule, finding.Line, finding.Column));
            Assert.Contains("'ClusterNmae'", finding.Message);
            Assert.Contains("'ClusterName'", finding.Message);
        }
    }
}
