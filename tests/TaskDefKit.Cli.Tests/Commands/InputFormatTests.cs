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
            // BadTask's errors are its EphemeralStorage list and its cpu; !Ref/!Sub/!GetAtt values never cause findings,
            // neither about their value nor about their absence (ExecutionRoleArn for awslogs, TaskRoleArn for EFS IAM, User).
            Assert.Contains("template.yaml:53:25: error TDK1010", result.Stdout);
            Assert.Contains("template.yaml:51:12: error TDK1014", result.Stdout);
            Assert.Equal(2, CountLines(result.Stdout, ": error "));
            Assert.Contains("(Resources/BadTask)", result.Stdout);

            // WebTask's one finding is the EFS platform-version note, which depends on no unknown value.
            string[] web = System.Array.FindAll(result.Stdout.Split('\n'), line => line.Contains("(Resources/WebTask)"));
            Assert.Single(web);
            Assert.StartsWith("template.yaml:41:13: info TDK3013:", web[0]);
            Assert.Contains("2 task definition(s)", result.Stderr);
        }

        [Fact]
        public void Json_template_maps_pascal_case_and_renames_and_reports_template_positions()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "template.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("template.json:25:23: error TDK1010: 'Memory' must be a JSON integer", result.Stdout);
            Assert.Equal(1, CountLines(result.Stdout, ": error "));
            Assert.Equal(0, CountLines(result.Stdout, ": warning "));
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
        public void A_task_definition_wrapped_in_an_array_is_one_error_not_container_findings()
        {
            // Corpus 088: [{"family": ..., "containerDefinitions": [...], "cpu": "256"}] is not Terraform container_definitions.
            using var temp = new TempFolder();
            temp.Write("wrapped.json", "[" + File.ReadAllText(Path.Combine(Fixtures, "valid.json")) + "]");
            CliResult result = CliRun.Run(temp.Path, "validate", "wrapped.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal(1, CountLines(result.Stdout, ": error "));
            Assert.Contains("wrapped.json:1:2: error TDK0002: The input is a task definition wrapped in a JSON array: unwrap it", result.Stdout);
            Assert.DoesNotContain("TDK1029", result.Stdout);
            Assert.DoesNotContain("TDK1010", result.Stdout);
            Assert.DoesNotContain("TDK2001", result.Stdout);

            temp.Write("two.json", "[" + File.ReadAllText(Path.Combine(Fixtures, "valid.json")) + ",\n" + File.ReadAllText(Path.Combine(Fixtures, "valid.json")) + "]");
            CliResult two = CliRun.Run(temp.Path, "validate", "-f", "json", "two.json");
            Assert.Equal(2, two.ExitCode);
            Assert.Contains("\"ruleId\":\"TDK0002\"", two.Stdout);
            Assert.Contains("holding 2 task definition(s)", two.Stdout);
            Assert.Contains("\"pointer\":\"/0\"", two.Stdout);

            // A real container_definitions array is still read as one.
            Assert.Equal(0, CountLines(CliRun.Run(Fixtures, "validate", "containers.tf.json").Stdout, "TDK0002"));
        }

        [Fact]
        public void Terraform_container_definitions_take_task_settings_from_flags()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "containers.tf.json", "--network-mode", "awsvpc", "--requires-compatibilities", "FARGATE", "--cpu", "256", "--memory", "512", "--family", "api", "--execution-role-arn", "arn:aws:iam::123456789012:role/ecsTaskExecutionRole");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);

            using var temp = new TempFolder();
            temp.Write("containers.json", "[\n  {\n    \"name\": \"api\",\n    \"image\": \"nginx:1.27\",\n    \"memory\": \"256\"\n  }\n]\n");
            CliResult bad = CliRun.Run(temp.Path, "validate", "containers.json");
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("containers.json:5:15: error TDK1010", bad.Stdout);
        }

        [Fact]
        public void Terraform_task_settings_not_given_are_unknown_and_given_ones_apply()
        {
            using var temp = new TempFolder();
            temp.Write("containers.json", "[\n  {\n    \"name\": \"api\",\n    \"image\": \"123456789012.dkr.ecr.us-east-1.amazonaws.com/api:2.0.1\",\n    \"portMappings\": [{ \"containerPort\": 80, \"hostPort\": 8080 }]\n  }\n]\n");

            // Without --network-mode the network mode is unknown: the awsvpc port rule cannot apply.
            CliResult unknown = CliRun.Run(temp.Path, "validate", "--severity", "error", "containers.json");
            Assert.True(unknown.ExitCode == 0, unknown.ToString());

            CliResult awsvpc = CliRun.Run(temp.Path, "validate", "--severity", "error", "containers.json", "--network-mode", "awsvpc", "--requires-compatibilities", "FARGATE");
            Assert.Equal(1, awsvpc.ExitCode);
            Assert.Contains("containers.json:5:57: error TDK4003", awsvpc.Stdout);
            // The execution role is not given, so it is unknown: no TDK6016 for the ECR image.
            Assert.DoesNotContain("TDK6016", awsvpc.Stdout);
        }

        [Fact]
        public void Findings_caused_by_an_intrinsic_members_absence_are_dropped()
        {
            using var temp = new TempFolder();
            const string Template = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities: [FARGATE]\n      NetworkMode: awsvpc\n      Cpu: 256\n      Memory: 512\n{0}      ContainerDefinitions:\n        - Name: app\n          Image: nginx:1.27\n{1}          LogConfiguration:\n            LogDriver: awslogs\n            Options: {{ awslogs-group: g, awslogs-region: us-east-1, awslogs-stream-prefix: app }}\n";
            temp.Write("known.yaml", string.Format(Template, string.Empty, string.Empty));
            temp.Write("intrinsic.yaml", string.Format(Template, "      ExecutionRoleArn: !GetAtt Role.Arn\n", "          User: !Ref AppUser\n          ReadonlyRootFilesystem: !If [Strict, true, false]\n"));

            CliResult known = CliRun.Run(temp.Path, "validate", "known.yaml");
            Assert.Contains("error TDK6017", known.Stdout);
            Assert.Contains("warning TDK6022", known.Stdout);
            Assert.Contains("warning TDK6023", known.Stdout);

            CliResult intrinsic = CliRun.Run(temp.Path, "validate", "intrinsic.yaml");
            Assert.True(intrinsic.ExitCode == 0, intrinsic.ToString());
            Assert.DoesNotContain("TDK6017", intrinsic.Stdout);
            Assert.DoesNotContain("TDK6022", intrinsic.Stdout);
            Assert.DoesNotContain("TDK6023", intrinsic.Stdout);
        }

        private static int CountLines(string text, string part) => System.Array.FindAll(text.Split('\n'), line => line.Contains(part)).Length;
    }
}
