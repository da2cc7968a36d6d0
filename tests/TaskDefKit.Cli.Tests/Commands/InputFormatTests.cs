using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>CloudFormation (JSON and YAML) and Terraform inputs: translation, intrinsics, locations.</summary>
    public class InputFormatTests
    {
        private static string Fixtures => CliRun.Fixtures;

        [Fact]
        public void Yaml_template_reports_at_the_template_line_and_ignores_intrinsics()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "template.yaml");
            Assert.True(result.ExitCode == 1, result.ToString());
            // The only error is BadTask's EphemeralStorage list; !Ref/!Sub/!GetAtt values never cause findings.
            Assert.Contains("template.yaml:47:25: error TDK1010", result.Stdout);
            Assert.Contains("(Resources/BadTask)", result.Stdout);
            Assert.DoesNotContain("Resources/WebTask", result.Stdout);
            Assert.Contains("2 task definition(s)", result.Stderr);
        }

        [Fact]
        public void Json_template_maps_pascal_case_and_renames_and_reports_template_positions()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "template.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("template.json:25:23: error TDK1010: 'memory' must be a JSON integer", result.Stdout);
            // ProxyConfigurationProperties became 'properties': no unknown-member or type finding about it.
            Assert.DoesNotContain("proxyConfiguration", result.Stdout);
            Assert.DoesNotContain("/image", result.Stdout);
        }

        [Fact]
        public void Translation_writes_api_names()
        {
            var root = Input.YamlSourceReader.Read(File.ReadAllBytes(Path.Combine(Fixtures, "template.yaml")));
            var documents = new System.Collections.Generic.List<Input.TranslatedDocument>(Input.CloudFormationTemplate.TaskDefinitions(root));
            string json = System.Text.Encoding.UTF8.GetString(documents[0].Json);
            Assert.Contains("\"efsVolumeConfiguration\":{\"fileSystemId\":\"fs-12345678\"", json);
            Assert.Contains("\"authorizationConfig\":{\"iam\":\"ENABLED\"}", json);
            Assert.Contains("\"dockerLabels\":{\"com.example.Team\":\"payments\"}", json);
            Assert.Contains("\"cpu\":\"256\"", json);
            Assert.Contains("\"containerPort\":8080", json);
            Assert.Contains("\"essential\":true", json);
            Assert.DoesNotContain("\"image\"", json);
            Assert.DoesNotContain("awslogs-group", json);
            Assert.Contains("\"awslogs-stream-prefix\":\"web\"", json);

            root = Input.JsonSourceReader.Read(File.ReadAllBytes(Path.Combine(Fixtures, "template.json")));
            documents = new System.Collections.Generic.List<Input.TranslatedDocument>(Input.CloudFormationTemplate.TaskDefinitions(root));
            json = System.Text.Encoding.UTF8.GetString(documents[0].Json);
            Assert.Contains("\"proxyConfiguration\":{\"type\":\"APPMESH\",\"containerName\":\"envoy\",\"properties\":[{\"name\":\"IgnoredUID\"", json);
        }

        [Fact]
        public void Yaml_that_is_not_a_template_is_unrecognised_when_named()
        {
            using var temp = new TempFolder();
            temp.Write("compose.yaml", "services:\n  web:\n    image: nginx\n");
            CliResult named = CliRun.Run(temp.Path, "validate", "compose.yaml");
            Assert.Equal(2, named.ExitCode);
            Assert.Contains("compose.yaml:1:1: error TDK0002", named.Stdout);

            temp.Write("task.json", File.ReadAllText(Path.Combine(Fixtures, "valid.json")));
            CliResult folder = CliRun.Run(temp.Path, "validate", ".");
            Assert.True(folder.ExitCode == 0, folder.ToString());
        }

        [Fact]
        public void Terraform_container_definitions_take_task_settings_from_flags()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "containers.tf.json", "--network-mode", "awsvpc", "--requires-compatibilities", "FARGATE", "--cpu", "256", "--memory", "512", "--family", "api");
            Assert.True(result.ExitCode == 0, result.ToString());

            using var temp = new TempFolder();
            temp.Write("containers.json", "[\n  {\n    \"name\": \"api\",\n    \"image\": \"nginx:1.27\",\n    \"memory\": \"256\"\n  }\n]\n");
            CliResult bad = CliRun.Run(temp.Path, "validate", "containers.json");
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("containers.json:5:15: error TDK1010", bad.Stdout);
        }

        [Fact]
        public void Placement_input_is_skipped_not_failed()
        {
            using var temp = new TempFolder();
            temp.Write("placement.json", "{ \"placementStrategy\": [ { \"type\": \"random\" } ] }");
            CliResult result = CliRun.Run(temp.Path, "validate", "-f", "json", "placement.json");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("placement input", result.Stdout);
        }
    }
}
