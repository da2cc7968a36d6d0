using System;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// Terraform as users write it (.tf files in HCL) and as plans show it (plan JSON): each aws_ecs_task_definition is
    /// judged, findings name its address and point at the .tf line, and unknown values never cause findings.
    /// </summary>
    public class TerraformInputTests
    {
        private const string LinksUnderAwsvpc =
            "variable \"image\" {}\n" +
            "\n" +
            "resource \"aws_ecs_task_definition\" \"web\" {\n" +
            "  family       = \"web-${var.env}\"\n" +
            "  network_mode = \"awsvpc\"\n" +
            "  cpu          = var.cpu\n" +
            "  memory       = local.memory\n" +
            "  container_definitions = jsonencode([\n" +
            "    {\n" +
            "      name      = \"web\"\n" +
            "      image     = var.image\n" +
            "      essential = true\n" +
            "      memory    = var.memory\n" +
            "      links     = [\"db\"]\n" +
            "      environment = [{ name = \"A\", value = var.a }]\n" +
            "      logConfiguration = {\n" +
            "        logDriver = \"awslogs\"\n" +
            "        options = {\n" +
            "          awslogs-group         = var.group\n" +
            "          awslogs-region        = data.aws_region.current.name\n" +
            "          awslogs-stream-prefix = \"web\"\n" +
            "        }\n" +
            "      }\n" +
            "    },\n" +
            "    { name = \"db\", image = \"postgres:16\", essential = var.essential, memory = 256 }\n" +
            "  ])\n" +
            "  execution_role_arn = aws_iam_role.exec.arn\n" +
            "}\n";

        private const string HeredocWithoutEssential =
            "resource \"aws_ecs_task_definition\" \"worker\" {\n" +
            "  family = \"worker\"\n" +
            "  container_definitions = <<-EOF\n" +
            "    [\n" +
            "      {\n" +
            "        \"name\": \"worker\",\n" +
            "        \"image\": \"${var.image}\",\n" +
            "        \"essential\": false,\n" +
            "        \"memory\": ${var.memory}\n" +
            "      }\n" +
            "    ]\n" +
            "  EOF\n" +
            "}\n" +
            "\n" +
            "resource \"aws_ecs_service\" \"worker\" {\n" +
            "  name            = \"worker\"\n" +
            "  task_definition = aws_ecs_task_definition.worker.arn\n" +
            "}\n";

        private const string Plan =
            "{\n" +
            "  \"format_version\": \"1.2\",\n" +
            "  \"planned_values\": {\n" +
            "    \"root_module\": {\n" +
            "      \"child_modules\": [{\n" +
            "        \"address\": \"module.app\",\n" +
            "        \"resources\": [{\n" +
            "          \"address\": \"module.app.aws_ecs_task_definition.this\",\n" +
            "          \"mode\": \"managed\", \"type\": \"aws_ecs_task_definition\", \"name\": \"this\",\n" +
            "          \"values\": {\n" +
            "            \"family\": \"app\", \"cpu\": \"256\",\n" +
            "            \"memory\": \"4096\",\n" +
            "            \"network_mode\": \"awsvpc\", \"requires_compatibilities\": [\"FARGATE\"],\n" +
            "            \"ipc_mode\": \"\", \"pid_mode\": null, \"tags\": null, \"volume\": [], \"ephemeral_storage\": [],\n" +
            "            \"runtime_platform\": [{\"cpu_architecture\": \"X86_64\", \"operating_system_family\": \"LINUX\"}],\n" +
            "            \"container_definitions\": \"[{\\\"name\\\":\\\"app\\\",\\\"image\\\":\\\"nginx:1.27\\\",\\\"essential\\\":true,\\\"logConfiguration\\\":{\\\"logDriver\\\":\\\"awslogs\\\",\\\"options\\\":{\\\"awslogs-group\\\":\\\"g\\\",\\\"awslogs-region\\\":\\\"us-east-1\\\",\\\"awslogs-stream-prefix\\\":\\\"app\\\"}}}]\"\n" +
            "          }\n" +
            "        }]\n" +
            "      }]\n" +
            "    }\n" +
            "  },\n" +
            "  \"resource_changes\": [{\n" +
            "    \"address\": \"module.app.aws_ecs_task_definition.this\",\n" +
            "    \"change\": { \"after_unknown\": { \"execution_role_arn\": true, \"arn\": true } }\n" +
            "  }]\n" +
            "}\n";

        [Fact]
        public void Links_under_awsvpc_inside_jsonencode_is_reported_at_its_tf_line_and_variables_cause_nothing()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", LinksUnderAwsvpc);
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf", "--severity", "error");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("main.tf:14:19: error TDK2019", result.Stdout);
            Assert.Contains("(aws_ecs_task_definition.web)", result.Stdout);

            // Unknown family, cpu, memory, image, role, log group and essential flag: no finding about any of them.
            Assert.Equal(1, Count(result.Stdout, ": error "));
        }

        [Fact]
        public void The_same_containers_without_links_are_clean_of_errors()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", LinksUnderAwsvpc.Replace("      links     = [\"db\"]\n", string.Empty, StringComparison.Ordinal));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf", "--severity", "error");
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        [Fact]
        public void Heredoc_without_an_essential_container_is_reported_inside_the_heredoc_and_other_blocks_are_skipped()
        {
            using var temp = new TempFolder();
            temp.Write("worker.tf", HeredocWithoutEssential);
            CliResult result = CliRun.Run(temp.Path, "validate", "worker.tf", "--severity", "error", "--format", "json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("\"ruleId\":\"TDK1004\"", result.Stdout);
            Assert.Contains("\"line\":4,\"column\":5", result.Stdout);
            Assert.Contains("(aws_ecs_task_definition.worker)", result.Stdout);
            Assert.DoesNotContain("skipped", result.Stdout);
            Assert.Equal(1, Count(result.Stdout, "\"ruleId\""));

            temp.Write("worker.tf", HeredocWithoutEssential.Replace("\"essential\": false", "\"essential\": true", StringComparison.Ordinal));
            Assert.Equal(0, CliRun.Run(temp.Path, "validate", "worker.tf", "--severity", "error").ExitCode);
        }

        [Fact]
        public void Plan_json_with_a_bad_fargate_size_names_the_module_address()
        {
            using var temp = new TempFolder();
            temp.Write("plan.json", Plan);
            CliResult result = CliRun.Run(temp.Path, "validate", "plan.json", "--severity", "error");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("plan.json:12:23: error TDK1014", result.Stdout);
            Assert.Contains("(module.app.aws_ecs_task_definition.this)", result.Stdout);

            // execution_role_arn is unknown until apply (after_unknown): awslogs does not make its absence an error.
            Assert.Equal(1, Count(result.Stdout, ": error "));

            temp.Write("plan.json", Plan.Replace("\"memory\": \"4096\"", "\"memory\": \"512\"", StringComparison.Ordinal));
            CliResult fixedPlan = CliRun.Run(temp.Path, "validate", "plan.json", "--severity", "error");
            Assert.True(fixedPlan.ExitCode == 0, fixedPlan.ToString());
        }

        [Fact]
        public void Task_level_findings_use_terraform_names_and_file_reads_json_beside_the_tf()
        {
            using var temp = new TempFolder();
            temp.Write("containers.json", "[{\"name\": \"api\", \"image\": \"nginx\", \"essential\": true}]\n");
            temp.Write("api.tf",
                "resource \"aws_ecs_task_definition\" \"api\" {\n" +
                "  family                   = \"api\"\n" +
                "  network_mode             = \"bridge\"\n" +
                "  requires_compatibilities = [\"FARGATE\"]\n" +
                "  cpu                      = \"256\"\n" +
                "  memory                   = \"512\"\n" +
                "  container_definitions    = file(\"${path.module}/containers.json\")\n" +
                "  ephemeral_storage {\n" +
                "    size_in_gib = 10\n" +
                "  }\n" +
                "}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "api.tf", "--severity", "error");
            Assert.Contains("api.tf:3:30: error TDK1008", result.Stdout);
            Assert.Contains("network_mode = \"awsvpc\"", result.Stdout);
            Assert.Contains("api.tf:9:19: error TDK3016: ephemeral_storage.size_in_gib", result.Stdout);
            Assert.DoesNotContain("networkMode", result.Stdout);
            Assert.Equal(2, Count(result.Stdout, ": error "));
        }

        [Fact]
        public void A_tf_file_without_a_task_definition_says_so()
        {
            using var temp = new TempFolder();
            temp.Write("svc.tf", "variable \"image\" {}\nresource \"aws_lb\" \"api\" { name = \"api\" }\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "svc.tf", "--format", "json");
            Assert.True(result.ExitCode == 2, result.ToString()); // nothing was validated (issue 9): a pipeline must not go green
            Assert.Contains("taskdef: nothing was validated", result.Stderr);
            Assert.Contains("no aws_ecs_task_definition, aws_ecs_service or aws_ecs_cluster resource in the file; skipped 2 other block(s): variable.image, aws_lb.api", result.Stdout);
        }

        [Fact]
        public void Hcl_on_standard_input_is_recognised_by_content_not_taken_for_yaml()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.RunWithInput(temp.Path, HeredocWithoutEssential, "validate", "-", "--severity", "error");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("<stdin>:4:5: error TDK1004", result.Stdout);
            Assert.DoesNotContain("YAML", result.Stdout);
        }

        [Theory]
        [InlineData("resource \"aws_ecs_task_definition\" \"x\" {\n  a = <<EOF\nabc\n", "x.tf:2:7: error TDK0001: Unterminated heredoc")]
        [InlineData("resource \"aws_ecs_task_definition\" \"x\" {\n  family = \"abc\n}\n", "x.tf:2:12: error TDK0001: Unterminated string")]
        public void Malformed_hcl_is_one_positioned_error(string source, string expected)
        {
            using var temp = new TempFolder();
            temp.Write("x.tf", source);
            CliResult result = CliRun.Run(temp.Path, "validate", "x.tf");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(expected, result.Stdout);
            Assert.Equal(1, Count(result.Stdout, " TDK"));
        }

        [Fact]
        public void An_unknown_function_is_reported_and_its_value_is_unknown()
        {
            using var temp = new TempFolder();
            temp.Write("x.tf",
                "resource \"aws_ecs_task_definition\" \"x\" {\n" +
                "  family = \"x\"\n" +
                "  container_definitions = jsonencode([{ name = \"a\", image = frobnicate(\"b\"), essential = true, memory = 512 }])\n" +
                "}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "x.tf", "--severity", "error");
            Assert.Contains("x.tf:3:61: error TDK0001: Call to unknown function frobnicate()", result.Stdout);
            Assert.Equal(1, Count(result.Stdout, ": error "));
        }

        private static int Count(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
