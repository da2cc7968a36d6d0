using System;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary><c>taskdef diff</c> of files that hold several task definitions: pairs by resource name or address, then family.</summary>
    public class DiffSeveralDefinitionsTests
    {
        private const string Template =
            "Resources:\n" +
            "  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1.26\n" +
            "  Worker:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: worker\n      ContainerDefinitions:\n        - Name: worker\n          Image: busybox:1.36\n" +
            "  Bucket:\n    Type: AWS::S3::Bucket\n";

        private const string Terraform =
            "resource \"aws_ecs_task_definition\" \"worker\" {\n  family = \"worker\"\n  container_definitions = jsonencode([{ name = \"worker\", image = \"busybox:1.36\" }])\n}\n" +
            "resource \"aws_ecs_task_definition\" \"web\" {\n  family = \"web\"\n  container_definitions = jsonencode([{ name = \"web\", image = \"nginx:1.27\" }])\n}\n" +
            "resource \"aws_ecs_task_definition\" \"cron\" {\n  family = \"cron\"\n  container_definitions = jsonencode([{ name = \"cron\", image = \"busybox:1.36\" }])\n}\n";

        [Fact]
        public void Every_definition_is_compared_with_its_partner_by_family_across_forms()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", Template);
            temp.Write("main.tf", Terraform);
            CliResult result = CliRun.Run(temp.Path, "diff", "stack.yaml", "main.tf");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal(
                "definition Web -> aws_ecs_task_definition.web:\n  container web:\n    image: \"nginx:1.26\" -> \"nginx:1.27\"\n  1 change(s): image only\n" +
                "definition Worker -> aws_ecs_task_definition.worker: no changes\n" +
                "added: aws_ecs_task_definition.cron (family cron)\n" +
                "1 of 2 definition(s) changed (image only), 1 added, 0 removed\n",
                result.Stdout);

            CliResult json = CliRun.Run(temp.Path, "diff", "main.tf", "stack.yaml", "--format", "json");
            using JsonDocument report = JsonDocument.Parse(json.Stdout);
            Assert.True(report.RootElement.GetProperty("changed").GetBoolean());
            Assert.Equal("aws_ecs_task_definition.cron", report.RootElement.GetProperty("removed")[0].GetString());
            Assert.Equal(2, report.RootElement.GetProperty("definitions").GetArrayLength());
            Assert.Equal("aws_ecs_task_definition.worker", report.RootElement.GetProperty("definitions")[0].GetProperty("old").GetString());
        }

        [Fact]
        public void Same_names_pair_first_and_identical_files_exit_0()
        {
            using var temp = new TempFolder();
            temp.Write("a.yaml", Template);
            temp.Write("b.yaml", Template.Replace("Family: worker", "Family: worker-v2", StringComparison.Ordinal));
            CliResult renamed = CliRun.Run(temp.Path, "diff", "a.yaml", "b.yaml");
            Assert.True(renamed.ExitCode == 1, renamed.ToString());
            Assert.Contains("definition Worker:\n  task:\n    family: \"worker\" -> \"worker-v2\"\n", renamed.Stdout, StringComparison.Ordinal);

            CliResult same = CliRun.Run(temp.Path, "diff", "a.yaml", "a.yaml");
            Assert.True(same.ExitCode == 0, same.ToString());
            Assert.EndsWith("No changes: registering would add identical revisions.\n", same.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void A_single_definition_finds_its_partner_in_a_template_by_family()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", Template);
            temp.Write("worker.json", "{\"family\":\"worker\",\"containerDefinitions\":[{\"name\":\"worker\",\"image\":\"busybox:1.36\"}]}");
            CliResult result = CliRun.Run(temp.Path, "diff", "worker.json", "stack.yaml");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("definition worker -> Worker: no changes\n", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("added: Web (family web)\n", result.Stdout, StringComparison.Ordinal);
        }
    }
}
