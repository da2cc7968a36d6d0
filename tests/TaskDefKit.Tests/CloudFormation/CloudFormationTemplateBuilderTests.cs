using System;
using System.Collections.Generic;
using System.Text.Json;
using TaskDefKit.CloudFormation;
using TaskDefKit.Model;
using TaskDefKit.Model.Services;

namespace TaskDefKit.Tests.CloudFormation
{
    public class CloudFormationTemplateBuilderTests
    {
        private static JsonElement Properties(string templateJson, string logicalId) =>
            JsonDocument.Parse(templateJson).RootElement.GetProperty("Resources").GetProperty(logicalId).GetProperty("Properties");

        [Fact]
        public void A_task_definition_uses_CloudFormations_names_including_the_irregular_ones()
        {
            string json = CloudFormationTemplateBuilder.For(ExportSamples.Web()).ToJson();
            JsonElement resource = JsonDocument.Parse(json).RootElement.GetProperty("Resources").GetProperty("WebApi");
            Assert.Equal("AWS::ECS::TaskDefinition", resource.GetProperty("Type").GetString());
            JsonElement properties = resource.GetProperty("Properties");
            Assert.Equal("web-api", properties.GetProperty("Family").GetString());
            Assert.Equal("512", properties.GetProperty("Cpu").GetString());
            JsonElement efs = properties.GetProperty("Volumes")[0].GetProperty("EFSVolumeConfiguration");
            Assert.Equal("fs-12345678", efs.GetProperty("FilesystemId").GetString());
            Assert.Equal("ENABLED", efs.GetProperty("AuthorizationConfig").GetProperty("IAM").GetString());
            Assert.Equal("tmpfs", properties.GetProperty("Volumes")[1].GetProperty("DockerVolumeConfiguration").GetProperty("DriverOpts").GetProperty("type").GetString());
            Assert.Equal("IgnoredUID", properties.GetProperty("ProxyConfiguration").GetProperty("ProxyConfigurationProperties")[0].GetProperty("Name").GetString());
            Assert.Equal(30, properties.GetProperty("EphemeralStorage").GetProperty("SizeInGiB").GetInt32());
            JsonElement web = properties.GetProperty("ContainerDefinitions")[0];
            Assert.Equal(8080, web.GetProperty("PortMappings")[0].GetProperty("ContainerPort").GetInt32());
            Assert.Equal("/ecs/web", web.GetProperty("LogConfiguration").GetProperty("Options").GetProperty("awslogs-group").GetString());
            Assert.Equal("team", properties.GetProperty("Tags")[0].GetProperty("Key").GetString());
        }

        [Fact]
        public void The_name_table_serves_both_directions()
        {
            Assert.Equal("AwsvpcConfiguration", CloudFormationNames.PropertyName(NetworkConfiguration.Schema, "awsvpcConfiguration"));
            Assert.Equal("PlacementStrategies", CloudFormationNames.PropertyName(ServiceDefinition.Schema, "placementStrategy"));
            Assert.Equal("ClusterSettings", CloudFormationNames.PropertyName(ClusterDefinition.Schema, "settings"));
            Assert.Equal("FileSystemId", CloudFormationNames.PropertyName(FsxWindowsFileServerVolumeConfiguration.Schema, "fileSystemId"));
            Assert.Equal("placementStrategy", CloudFormationNames.FindMember(ServiceDefinition.Schema, "PlacementStrategies")?.JsonName);
            Assert.Equal("properties", CloudFormationNames.FindMember(ProxyConfiguration.Schema, "ProxyConfigurationProperties")?.JsonName);
            Assert.Equal("fileSystemId", CloudFormationNames.FindMember(EfsVolumeConfiguration.Schema, "FilesystemId")?.JsonName);
            Assert.Equal("fileSystemId", CloudFormationNames.FindMember(EfsVolumeConfiguration.Schema, "FileSystemId")?.JsonName);
            Assert.Null(CloudFormationNames.FindMember(ProxyConfiguration.Schema, "Props"));
        }

        [Fact]
        public void A_service_refers_to_its_task_definition_and_cluster_in_the_same_template()
        {
            var template = new CloudFormationTemplateBuilder()
                .AddCluster("Cluster", ExportSamples.Cluster())
                .AddTaskDefinition("WebTask", ExportSamples.Web())
                .AddService("WebService", ExportSamples.Service());
            string json = template.ToJson();
            JsonElement service = Properties(json, "WebService");
            Assert.Equal("WebTask", service.GetProperty("TaskDefinition").GetProperty("Ref").GetString());
            Assert.Equal("Cluster", service.GetProperty("Cluster").GetProperty("Ref").GetString());
            Assert.Equal("DISABLED", service.GetProperty("NetworkConfiguration").GetProperty("AwsvpcConfiguration").GetProperty("AssignPublicIp").GetString());
            Assert.False(service.TryGetProperty("ClientToken", out _));
            Assert.Equal("containerInsights", Properties(json, "Cluster").GetProperty("ClusterSettings")[0].GetProperty("Name").GetString());

            string yaml = template.ToYaml();
            Assert.Contains("      TaskDefinition: !Ref WebTask\n", yaml, StringComparison.Ordinal);
            Assert.Contains("      Cluster: !Ref Cluster\n", yaml, StringComparison.Ordinal);
        }

        [Fact]
        public void A_service_whose_task_definition_is_not_in_the_template_keeps_its_value_unless_told()
        {
            ServiceDefinition service = ExportSamples.Service();
            service.TaskDefinition = "arn:aws:ecs:us-east-1:123456789012:task-definition/other:1";
            string plain = new CloudFormationTemplateBuilder().AddTaskDefinition("WebTask", ExportSamples.Web()).AddService("Svc", service).ToJson();
            Assert.Equal(service.TaskDefinition, Properties(plain, "Svc").GetProperty("TaskDefinition").GetString());
            Assert.Equal("prod", Properties(plain, "Svc").GetProperty("Cluster").GetString());
            string told = new CloudFormationTemplateBuilder().AddTaskDefinition("WebTask", ExportSamples.Web()).AddService("Svc", service, taskDefinitionLogicalId: "WebTask").ToJson();
            Assert.Equal("WebTask", Properties(told, "Svc").GetProperty("TaskDefinition").GetProperty("Ref").GetString());
        }

        [Fact]
        public void Roles_and_log_groups_become_parameters_on_request()
        {
            var template = CloudFormationTemplateBuilder.For(ExportSamples.Web());
            template.ParameterizeRolesAndLogGroups = true;
            JsonElement root = JsonDocument.Parse(template.ToJson()).RootElement;
            JsonElement parameters = root.GetProperty("Parameters");
            Assert.Equal("arn:aws:iam::123456789012:role/ecsTaskExecutionRole", parameters.GetProperty("WebApiExecutionRoleArn").GetProperty("Default").GetString());
            Assert.Equal("/ecs/web", parameters.GetProperty("WebApiWebLogGroup").GetProperty("Default").GetString());
            JsonElement properties = root.GetProperty("Resources").GetProperty("WebApi").GetProperty("Properties");
            Assert.Equal("WebApiTaskRoleArn", properties.GetProperty("TaskRoleArn").GetProperty("Ref").GetString());
            Assert.Equal("WebApiWebLogGroup", properties.GetProperty("ContainerDefinitions")[0].GetProperty("LogConfiguration").GetProperty("Options").GetProperty("awslogs-group").GetProperty("Ref").GetString());
        }

        [Fact]
        public void Output_is_deterministic_and_uses_newlines_only()
        {
            string first = new CloudFormationTemplateBuilder().AddTaskDefinition("A", ExportSamples.Web()).AddService("B", ExportSamples.Service()).ToYaml();
            string second = new CloudFormationTemplateBuilder().AddTaskDefinition("A", ExportSamples.Web()).AddService("B", ExportSamples.Service()).ToYaml();
            Assert.Equal(first, second);
            Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
            Assert.DoesNotContain(" \n", first, StringComparison.Ordinal);
            Assert.StartsWith("AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  A:\n    Type: AWS::ECS::TaskDefinition\n", first, StringComparison.Ordinal);
        }

        [Fact]
        public void Yaml_quotes_strings_a_reader_would_take_for_something_else()
        {
            TaskDefinition definition = ExportSamples.Web();
            definition.ContainerDefinitions![0].Environment = new List<NameValuePair>
            {
                new NameValuePair { Name = "A", Value = "true" },
                new NameValuePair { Name = "B", Value = "8080" },
                new NameValuePair { Name = "C", Value = "x: y # z" },
                new NameValuePair { Name = "D", Value = "line\nbreak" },
                new NameValuePair { Name = "E", Value = "plain-text" },
            };
            string yaml = CloudFormationTemplateBuilder.For(definition).ToYaml();
            Assert.Contains("Value: \"true\"\n", yaml, StringComparison.Ordinal);
            Assert.Contains("Value: \"8080\"\n", yaml, StringComparison.Ordinal);
            Assert.Contains("Value: \"x: y # z\"\n", yaml, StringComparison.Ordinal);
            Assert.Contains("Value: \"line\\nbreak\"\n", yaml, StringComparison.Ordinal);
            Assert.Contains("Value: plain-text\n", yaml, StringComparison.Ordinal);
        }

        [Fact]
        public void Bad_logical_ids_and_non_resources_are_refused()
        {
            var template = new CloudFormationTemplateBuilder();
            Assert.Throws<ArgumentException>(() => template.AddTaskDefinition("web-api", ExportSamples.Web()));
            Assert.Throws<ArgumentException>(() => template.AddResource("Vol", new Volume(), Volume.Schema));
            Assert.Throws<ArgumentException>(() => template.AddResource("Td", new Volume(), TaskDefinition.Schema));
            template.AddTaskDefinition("Web", ExportSamples.Web());
            Assert.Throws<ArgumentException>(() => template.AddTaskDefinition("Web", ExportSamples.Web()));
            Assert.Equal("WebApi2", CloudFormationTemplateBuilder.LogicalIdFor("web_api-2", "X"));
            Assert.Equal("X", CloudFormationTemplateBuilder.LogicalIdFor("--", "X"));
        }

        [CfnLintFact]
        public void Templates_pass_cfn_lint()
        {
            var several = new CloudFormationTemplateBuilder { Description = "TaskDefKit export test" }
                .AddCluster("Cluster", ExportSamples.Cluster())
                .AddTaskDefinition("WebTask", ExportSamples.Web())
                .AddService("WebService", ExportSamples.Service());
            var parameterized = CloudFormationTemplateBuilder.For(ExportSamples.Web());
            parameterized.ParameterizeRolesAndLogGroups = true;
            (int exitCode, string output) = CfnLint.Lint(new Dictionary<string, string>
            {
                ["several.json"] = several.ToJson(),
                ["several.yaml"] = several.ToYaml(),
                ["parameterized.yaml"] = parameterized.ToYaml(),
            });
            Assert.True(exitCode == 0, output);
        }
    }
}
