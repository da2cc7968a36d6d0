using System;
using System.Text;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// aws_ecs_service and aws_ecs_cluster in .tf files: judged against the task definition the service refers to,
    /// findings at the .tf line in Terraform's snake_case names; what Terraform computes at plan time is unknown.
    /// </summary>
    public class TerraformServiceInputTests
    {
        // Lines 1-18: a Fargate task definition whose one container "web" maps port 8080.
        private const string TaskDefinition =
            "resource \"aws_ecs_task_definition\" \"web\" {\n" +
            "  family                   = \"web\"\n" +
            "  network_mode             = \"awsvpc\"\n" +
            "  requires_compatibilities = [\"FARGATE\"]\n" +
            "  cpu                      = \"256\"\n" +
            "  memory                   = \"512\"\n" +
            "  execution_role_arn       = \"arn:aws:iam::123456789012:role/exec\"\n" +
            "  container_definitions = jsonencode([\n" +
            "    {\n" +
            "      name         = \"web\"\n" +
            "      image        = \"public.ecr.aws/nginx/nginx:1.27\"\n" +
            "      essential    = true, healthCheck = { command = [\"CMD-SHELL\", \"curl -f http://localhost:8080/ || exit 1\"] }\n" +
            "      portMappings = [{ containerPort = 8080, protocol = \"tcp\" }]\n" +
            "      readonlyRootFilesystem = true, user = \"1000\", memory = 512\n" +
            "      logConfiguration = { logDriver = \"awslogs\", options = { awslogs-group = \"/ecs/web\", awslogs-region = \"eu-west-1\", awslogs-stream-prefix = \"web\" } }\n" +
            "    }\n" +
            "  ])\n" +
            "}\n";

        // Lines 19-: the service, as people write it.
        private static string Service(string body) =>
            "resource \"aws_ecs_service\" \"web\" {\n" +
            "  name            = \"web\"\n" +
            "  cluster         = aws_ecs_cluster.main.id\n" +
            "  task_definition = aws_ecs_task_definition.web.arn\n" +
            "  launch_type     = \"FARGATE\"\n" +
            body +
            "}\n";

        private const string Network =
            "  network_configuration {\n" +
            "    subnets          = [\"subnet-1\", \"subnet-2\"]\n" +
            "    security_groups  = [\"sg-1\"]\n" +
            "    assign_public_ip = false\n" +
            "  }\n";

        private const string CircuitBreaker =
            "  deployment_circuit_breaker {\n" +
            "    enable   = true\n" +
            "    rollback = true\n" +
            "  }\n";

        [Fact]
        public void A_correct_service_and_task_definition_have_no_finding()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service(
                "  desired_count   = 2\n" + Network + CircuitBreaker +
                "  load_balancer {\n" +
                "    target_group_arn = aws_lb_target_group.web.arn\n" +
                "    container_name   = \"web\"\n" +
                "    container_port   = 8080\n" +
                "  }\n"));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK", result.Stdout);
        }

        [Fact]
        public void An_awsvpc_service_without_network_configuration_is_reported_at_the_service_in_terraform_names()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service("  desired_count   = 2\n" + CircuitBreaker));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:19:1: error TDK7004", result.Stdout);
            Assert.Contains("network_configuration", result.Stdout);
            Assert.Contains("aws_ecs_service.web", result.Stdout);
            Assert.DoesNotContain("networkConfiguration", result.Stdout);
            Assert.DoesNotContain("awsvpcConfiguration", result.Stdout);
            Assert.DoesNotContain("network_configuration.network_configuration", result.Stdout);
            Assert.Equal(1, Count(result.Stdout, "TDK7004"));
        }

        [Fact]
        public void A_load_balancer_naming_a_missing_container_is_reported_at_container_name()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service(
                "  desired_count   = 2\n" + Network + CircuitBreaker +
                "  load_balancer {\n" +
                "    target_group_arn = aws_lb_target_group.web.arn\n" +
                "    container_name   = \"api\"\n" +
                "    container_port   = 8080\n" +
                "  }\n"));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:36:24: error TDK7012", result.Stdout);
            Assert.Equal(1, Count(result.Stdout, "TDK7012"));
        }

        [Fact]
        public void The_task_definition_is_found_in_another_tf_file_of_the_folder()
        {
            using var temp = new TempFolder();
            temp.Write("task.tf", TaskDefinition);
            temp.Write("service.tf", Service("  desired_count   = 2\n" + CircuitBreaker));
            CliResult result = CliRun.Run(temp.Path, "validate", "service.tf");
            Assert.Contains("service.tf:1:1: error TDK7004", result.Stdout);
        }

        [Fact]
        public void A_service_without_task_definition_is_reported_in_terraform_names()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service(Network + CircuitBreaker).Replace("  task_definition = aws_ecs_task_definition.web.arn\n", string.Empty, StringComparison.Ordinal));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:19:1: error TDK7021", result.Stdout);
            Assert.Contains("needs task_definition", result.Stdout);
            Assert.Contains("(aws_ecs_service.web)", result.Stdout);
        }

        [Fact]
        public void A_task_definition_given_by_a_variable_is_unknown_and_never_a_finding()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service("  desired_count   = 2\n" + CircuitBreaker).Replace("aws_ecs_task_definition.web.arn", "var.task_definition_arn", StringComparison.Ordinal));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK7004", result.Stdout);
        }

        [Fact]
        public void A_fixed_desired_count_on_a_scaled_service_is_reported_at_desired_count()
        {
            using var temp = new TempFolder();
            string scaled = TaskDefinition + Service("  desired_count   = 2\n" + Network + CircuitBreaker) +
                "resource \"aws_appautoscaling_target\" \"web\" {\n" +
                "  service_namespace  = \"ecs\"\n" +
                "  resource_id        = \"service/${aws_ecs_cluster.main.name}/${aws_ecs_service.web.name}\"\n" +
                "  scalable_dimension = \"ecs:service:DesiredCount\"\n" +
                "  min_capacity       = 2\n" +
                "  max_capacity       = 10\n" +
                "}\n";
            temp.Write("main.tf", scaled);
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:24:21: ", result.Stdout);
            Assert.Contains("TDK7025", result.Stdout);
            Assert.Contains("desired_count", result.Stdout);

            // Near miss: the same service without the scalable target.
            temp.Write("main.tf", TaskDefinition + Service("  desired_count   = 2\n" + Network + CircuitBreaker));
            Assert.DoesNotContain("TDK7025", CliRun.Run(temp.Path, "validate", "main.tf").Stdout);
        }

        [Fact]
        public void Leaving_desired_count_out_is_terraforms_default_not_a_finding()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service(Network + CircuitBreaker));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK", result.Stdout);
        }

        [Fact]
        public void A_misspelt_argument_is_an_unknown_member_with_the_terraform_suggestion()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service("  desired_cont    = 2\n" + Network + CircuitBreaker));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:24:", result.Stdout);
            Assert.Contains("desired_cont", result.Stdout);
            Assert.Contains("desired_count", result.Stdout);
            Assert.DoesNotContain("desiredCount", result.Stdout);
        }

        [Fact]
        public void A_circuit_breaker_without_enable_is_reported_at_the_block_in_terraform_names()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service("  desired_count   = 2\n" + Network + "  deployment_circuit_breaker {\n    rollback = true\n  }\n"));
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.Contains("main.tf:30:3: error TDK7006", result.Stdout);
            Assert.Contains("deployment_circuit_breaker needs enable", result.Stdout);
            Assert.Equal(1, Count(result.Stdout, "TDK7006"));
        }

        [Fact]
        public void A_cluster_with_container_insights_disabled_is_reported_at_the_setting_value()
        {
            using var temp = new TempFolder();
            temp.Write("cluster.tf",
                "resource \"aws_ecs_cluster\" \"main\" {\n" +
                "  name = \"main\"\n" +
                "  setting {\n" +
                "    name  = \"containerInsights\"\n" +
                "    value = \"disabled\"\n" +
                "  }\n" +
                "}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "cluster.tf");
            Assert.Contains("cluster.tf:5:13: ", result.Stdout);
            Assert.Contains("TDK7016", result.Stdout);
            Assert.Contains("containerInsights", result.Stdout);

            temp.Write("cluster.tf", "resource \"aws_ecs_cluster\" \"main\" {\n  name = \"main\"\n  setting {\n    name  = \"containerInsights\"\n    value = \"enabled\"\n  }\n}\n");
            Assert.DoesNotContain("TDK7016", CliRun.Run(temp.Path, "validate", "cluster.tf").Stdout);
        }

        [Fact]
        public void Dynamic_blocks_count_and_for_each_are_unknown_not_findings()
        {
            using var temp = new TempFolder();
            temp.Write("main.tf", TaskDefinition + Service(
                "  count           = var.enabled ? 1 : 0\n" +
                "  desired_count   = 2\n" +
                "  dynamic \"network_configuration\" {\n" +
                "    for_each = var.subnets == null ? [] : [1]\n" +
                "    content {\n" +
                "      subnets = var.subnets\n" +
                "    }\n" +
                "  }\n" +
                "  dynamic \"load_balancer\" {\n" +
                "    for_each = var.target_groups\n" +
                "    content {\n" +
                "      target_group_arn = load_balancer.value\n" +
                "      container_name   = \"nope\"\n" +
                "      container_port   = 8080\n" +
                "    }\n" +
                "  }\n" +
                CircuitBreaker) +
                "resource \"aws_ecs_service\" \"each\" {\n" +
                "  for_each        = toset([\"a\", \"b\"])\n" +
                "  name            = each.key\n" +
                "  task_definition = aws_ecs_task_definition.web.arn\n" +
                "  desired_count   = 1\n" +
                Network + CircuitBreaker +
                "}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "main.tf");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK", result.Stdout);
        }

        [Fact]
        public void A_twenty_thousand_line_file_of_services_is_read_without_failing()
        {
            using var temp = new TempFolder();
            var text = new StringBuilder(TaskDefinition);
            string service = Service("  desired_count   = 1\n" + Network + CircuitBreaker);
            int linesPerService = Count(service, "\n");
            for (int i = 0; i * linesPerService < 20_000; i++)
            {
                text.Append(service.Replace("\"web\" {", "\"web" + i + "\" {", StringComparison.Ordinal));
            }

            temp.Write("big.tf", text.ToString());
            CliResult result = CliRun.Run(temp.Path, "validate", "big.tf");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("TDK", result.Stdout);
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
