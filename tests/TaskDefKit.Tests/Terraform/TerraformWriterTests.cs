using System;
using TaskDefKit.Model;
using TaskDefKit.Terraform;
using TaskDefKit.Terraform.Hcl;
using TaskDefKit.Tests.CloudFormation;

namespace TaskDefKit.Tests.Terraform
{
    public class TerraformWriterTests
    {
        [Fact]
        public void A_task_definition_is_an_aws_ecs_task_definition_with_provider_names_and_jsonencode()
        {
            string hcl = TerraformWriter.TaskDefinition(ExportSamples.Web());
            Assert.StartsWith("resource \"aws_ecs_task_definition\" \"web-api\" {\n  family                   = \"web-api\"\n  task_role_arn ", hcl, StringComparison.Ordinal);
            Assert.Contains("  network_mode             = \"awsvpc\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  requires_compatibilities = [\"FARGATE\"]\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  container_definitions = jsonencode([\n    {\n      name  = \"web\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("          \"awslogs-group\"         = \"/ecs/web\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  tags = {\n    team = \"web\"\n  }\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  volume {\n    name = \"data\"\n    efs_volume_configuration {\n      file_system_id     = \"fs-12345678\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("      authorization_config {\n        access_point_id = \"fsap-1234567890abcdef0\"\n        iam             = \"ENABLED\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("      driver_opts = {\n        type = \"tmpfs\"\n      }\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  ephemeral_storage {\n    size_in_gib = 30\n  }\n", hcl, StringComparison.Ordinal);
            Assert.Contains("    properties = {\n      IgnoredUID       = \"1337\"\n", hcl, StringComparison.Ordinal);
            Assert.EndsWith("}\n", hcl, StringComparison.Ordinal);
        }

        [Fact]
        public void Strings_never_become_interpolations_and_the_file_parses()
        {
            string hcl = TerraformWriter.TaskDefinition(ExportSamples.Web(), "web");
            Assert.Contains("value = \"hello $${name}: #1\"", hcl, StringComparison.Ordinal);
            HclFile parsed = HclParser.Parse(hcl);
            Assert.True(parsed.Error is null && parsed.Problems.Count == 0, parsed.Error?.Message + "\n" + hcl);
        }

        [Fact]
        public void Host_paths_and_repeated_blocks_take_the_providers_forms()
        {
            var definition = new TaskDefinition
            {
                Family = "batch",
                ContainerDefinitions = new() { new ContainerDefinition { Name = "a", Image = "b", Memory = 128 } },
                Volumes = new() { new Volume { Name = "logs", Host = new HostVolumeProperties { SourcePath = "/var/log" } }, new Volume { Name = "later", ConfiguredAtLaunch = true } },
                PlacementConstraints = new() { new TaskDefinitionPlacementConstraint { Type = TaskDefinitionPlacementConstraintType.MemberOf, Expression = "attribute:ecs.os-type == linux" } },
                InferenceAccelerators = new() { new InferenceAccelerator { DeviceName = "d", DeviceType = "eia2.medium" } },
            };
            string hcl = TerraformWriter.TaskDefinition(definition);
            Assert.Contains("  volume {\n    name      = \"logs\"\n    host_path = \"/var/log\"\n  }\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  volume {\n    name                = \"later\"\n    configure_at_launch = true\n  }\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  placement_constraints {\n    type       = \"memberOf\"\n", hcl, StringComparison.Ordinal);
            Assert.Contains("  inference_accelerator {\n", hcl, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("networkMode", "network_mode")]
        [InlineData("sizeInGiB", "size_in_gib")]
        [InlineData("fileSystemId", "file_system_id")]
        [InlineData("fsxWindowsFileServerVolumeConfiguration", "fsx_windows_file_server_volume_configuration")]
        [InlineData("volumes", "volume")]
        [InlineData("configuredAtLaunch", "configure_at_launch")]
        [InlineData("iam", "iam")]
        public void Argument_names_are_snake_case_with_the_providers_exceptions(string json, string argument)
        {
            Assert.Equal(argument, TerraformArgumentNames.ArgumentName(json));
        }

        [Fact]
        public void Resource_names_are_valid_terraform_names_and_output_is_deterministic()
        {
            Assert.Equal("_1web_api", TerraformWriter.ResourceName("1web.api"));
            Assert.Equal("this", TerraformWriter.ResourceName(null));
            Assert.Equal(TerraformWriter.TaskDefinition(ExportSamples.Web()), TerraformWriter.TaskDefinition(ExportSamples.Web()));
        }
    }
}
