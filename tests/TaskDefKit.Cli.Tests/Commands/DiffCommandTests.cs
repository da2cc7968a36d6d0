using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class DiffCommandTests
    {
        private const string Register =
            "{\"family\":\"web\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":\"256\",\"memory\":\"512\"," +
            "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx:1.26\",\"portMappings\":[{\"containerPort\":80}]," +
            "\"environment\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}]}]}";

        private const string Describe =
            "{\"taskDefinition\":{\"taskDefinitionArn\":\"arn:aws:ecs:us-east-1:1:task-definition/web:3\",\"revision\":3,\"status\":\"ACTIVE\"," +
            "\"family\":\"web\",\"networkMode\":\"awsvpc\",\"requiresCompatibilities\":[\"FARGATE\"],\"cpu\":\"256\",\"memory\":\"512\",\"volumes\":[]," +
            "\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx:1.26\",\"cpu\":0,\"essential\":true,\"mountPoints\":[]," +
            "\"portMappings\":[{\"containerPort\":80,\"hostPort\":80,\"protocol\":\"tcp\"}]," +
            "\"environment\":[{\"name\":\"B\",\"value\":\"2\"},{\"name\":\"A\",\"value\":\"1\"}]}]},\"tags\":[]}";

        [Fact]
        public void Register_input_against_its_describe_output_exits_0()
        {
            using var temp = new TempFolder();
            temp.Write("register.json", Register);
            temp.Write("describe.json", Describe);
            CliResult result = CliRun.Run(temp.Path, "diff", "describe.json", "register.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("No changes", result.Stdout);
        }

        [Fact]
        public void An_image_change_exits_1_and_names_the_new_image()
        {
            using var temp = new TempFolder();
            temp.Write("describe.json", Describe);
            temp.Write("new.json", Register.Replace("nginx:1.26", "nginx:1.27", System.StringComparison.Ordinal));
            CliResult result = CliRun.Run(temp.Path, "diff", "describe.json", "new.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal("container web:\n  image: \"nginx:1.26\" -> \"nginx:1.27\"\n1 change(s): image only\n", result.Stdout);

            CliResult json = CliRun.Run(temp.Path, "diff", "describe.json", "new.json", "--format", "json");
            Assert.Equal(1, json.ExitCode);
            Assert.Contains("{\"changed\":true,\"kinds\":[\"image\"],\"changes\":[{\"container\":\"web\",\"path\":\"image\",\"kind\":\"image\",\"old\":\"nginx:1.26\",\"new\":\"nginx:1.27\"}]}", json.Stdout);
        }

        [Fact]
        public void A_terraform_file_compares_with_json_and_an_unreadable_input_exits_2()
        {
            using var temp = new TempFolder();
            temp.Write("describe.json", Describe);
            temp.Write("main.tf",
                "resource \"aws_ecs_task_definition\" \"web\" {\n  family = \"web\"\n  network_mode = \"awsvpc\"\n  requires_compatibilities = [\"FARGATE\"]\n" +
                "  cpu = 256\n  memory = 512\n  container_definitions = jsonencode([{ name = \"web\", image = \"nginx:1.26\", portMappings = [{ containerPort = 80 }],\n" +
                "    environment = [{ name = \"A\", value = \"1\" }, { name = \"B\", value = \"2\" }] }])\n}\n");
            CliResult same = CliRun.Run(temp.Path, "diff", "describe.json", "main.tf");
            Assert.True(same.ExitCode == 0, same.ToString());

            temp.Write("broken.json", "{\"family\": ");
            Assert.Equal(2, CliRun.Run(temp.Path, "diff", "describe.json", "broken.json").ExitCode);
            Assert.Equal(2, CliRun.Run(temp.Path, "diff", "describe.json", "missing.json").ExitCode);
        }
    }
}
