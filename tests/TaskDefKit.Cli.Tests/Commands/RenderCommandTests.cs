using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class RenderCommandTests
    {
        private static string Fixtures => CliRun.Fixtures;

        [Fact]
        public void Describe_output_becomes_register_input_with_the_new_image_and_environment()
        {
            CliResult result = CliRun.Run(Fixtures, "render", "describe.json", "--container", "web", "--image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0", "--env", "STAGE=staging", "--env", "FEATURE=a=b");
            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement root = json.RootElement;
            Assert.False(root.TryGetProperty("taskDefinitionArn", out _));
            Assert.False(root.TryGetProperty("revision", out _));
            Assert.Equal("web", root.GetProperty("family").GetString());
            Assert.Equal("team", root.GetProperty("tags")[0].GetProperty("key").GetString());
            JsonElement web = root.GetProperty("containerDefinitions")[0];
            Assert.Equal("123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0", web.GetProperty("image").GetString());
            JsonElement environment = web.GetProperty("environment");
            Assert.Equal(3, environment.GetArrayLength());
            Assert.Equal("STAGE", environment[0].GetProperty("name").GetString());
            Assert.Equal("staging", environment[0].GetProperty("value").GetString());
            Assert.Equal("LOG_LEVEL", environment[1].GetProperty("name").GetString());
            Assert.Equal("FEATURE", environment[2].GetProperty("name").GetString());
            Assert.Equal("a=b", environment[2].GetProperty("value").GetString());
            JsonElement sidecar = root.GetProperty("containerDefinitions")[1];
            Assert.Equal("public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0", sidecar.GetProperty("image").GetString());
        }

        [Fact]
        public void Out_writes_a_file_that_validates()
        {
            using var temp = new TempFolder();
            string output = Path.Combine(temp.Path, "rendered.json");
            CliResult result = CliRun.Run(Fixtures, "render", "valid.json", "--container", "web", "--image", "nginx:1.27.1", "--out", output);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal(0, CliRun.Run(temp.Path, "validate", "rendered.json").ExitCode);
            Assert.Contains("\"image\": \"nginx:1.27.1\"", File.ReadAllText(output));
        }

        [Fact]
        public void Input_that_does_not_read_cleanly_is_not_rendered_and_exits_1()
        {
            // A mistyped member cannot be carried into the model; rendering would silently drop it.
            CliResult result = CliRun.Run(Fixtures, "render", "invalid.json", "--container", "web", "--image", "nginx:1.27.1");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("invalid.json:6:13: error TDK1010", result.Stderr);
        }

        [Fact]
        public void Describe_output_saved_without_its_wrapper_is_rendered_without_the_read_only_members()
        {
            // What the console's "JSON" tab and many repositories hold (corpus 039, 053, 090): the definition object
            // of describe-task-definition, read-only members at the top level.
            using var temp = new TempFolder();
            string valid = File.ReadAllText(Path.Combine(Fixtures, "valid.json"));
            temp.Write("unwrapped.json", "{\n  \"taskDefinitionArn\": \"arn:aws:ecs:us-east-1:123456789012:task-definition/web:7\",\n  \"revision\": 7,\n" +
                "  \"status\": \"ACTIVE\",\n  \"requiresAttributes\": [{ \"name\": \"com.amazonaws.ecs.capability.ecr-auth\" }],\n" +
                "  \"compatibilities\": [\"EC2\", \"FARGATE\"],\n  \"registeredAt\": \"2024-05-01T10:00:00.000Z\",\n" +
                "  \"registeredBy\": \"arn:aws:iam::123456789012:user/deployer\",\n" + valid.TrimStart().Substring(1));
            CliResult result = CliRun.Run(temp.Path, "render", "unwrapped.json", "--container", "web", "--image", "nginx:1.27.1");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("not rendered", result.Stderr);
            Assert.DoesNotContain("TDK1029", result.Stderr);
            Assert.Contains("dropped describe-task-definition read-only member(s): taskDefinitionArn, revision, status, requiresAttributes, compatibilities, registeredAt, registeredBy", result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement root = json.RootElement;
            foreach (string member in new[] { "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy" })
            {
                Assert.False(root.TryGetProperty(member, out _), member);
            }

            Assert.Equal("nginx:1.27.1", root.GetProperty("containerDefinitions")[0].GetProperty("image").GetString());
        }

        [Fact]
        public void Read_only_members_do_not_hide_real_read_errors()
        {
            using var temp = new TempFolder();
            string invalid = File.ReadAllText(Path.Combine(Fixtures, "invalid.json"));
            temp.Write("both.json", "{ \"revision\": 3," + invalid.TrimStart().Substring(1));
            CliResult result = CliRun.Run(temp.Path, "render", "both.json", "--container", "web", "--image", "nginx:1.27.1");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("error TDK1010", result.Stderr);
            Assert.DoesNotContain("TDK1029", result.Stderr);
            Assert.Contains("not rendered", result.Stderr);
        }

        [Fact]
        public void Unknown_container_and_bad_env_are_usage_errors()
        {
            CliResult missing = CliRun.Run(Fixtures, "render", "valid.json", "--container", "api", "--image", "nginx:1");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("no container named 'api' (the definition has: web)", missing.Stderr);
            Assert.Equal(2, CliRun.Run(Fixtures, "render", "valid.json", "--container", "web", "--image", "nginx:1", "--env", "NOEQUALS").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "render", "valid.json", "--container", "web").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "render", "nowhere.json", "--container", "web", "--image", "nginx:1").ExitCode);
        }

        [Theory]
        [InlineData("template.json", "a CloudFormation template")]
        [InlineData("template.yaml", "YAML")]
        [InlineData("containers.tf.json", "a JSON array (Terraform container_definitions")]
        public void Templates_and_arrays_are_refused_plainly_with_exit_2(string file, string what)
        {
            CliResult result = CliRun.Run(Fixtures, "render", file, "--container", "api", "--image", "nginx:1.27.1");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains(file + ": render takes register-input or describe-output task definition JSON only; this is " + what, result.Stderr);
            Assert.DoesNotContain("no container named", result.Stderr);
            Assert.DoesNotContain("TDK0002", result.Stderr);
        }

        [Fact]
        public void Reads_standard_input()
        {
            CliResult result = CliRun.RunWithInput(Fixtures, File.ReadAllText(Path.Combine(Fixtures, "valid.json")), "render", "-", "--container", "web", "--image", "nginx:1.27.1");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("nginx:1.27.1", result.Stdout);
        }
    }
}
