using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Services
{
    /// <summary>
    /// validate recognises service, RunTask and cluster inputs and describe output by content (issue 11, items 3 and 6),
    /// pairs a service with its task definition (--task-definition, or a task definition read in the same run) and
    /// judges one named only by an unmatched ARN alone.
    /// </summary>
    public class ServiceInputTests
    {
        private const string Ec2OnlyTask = "{\n  \"family\": \"batch\",\n  \"requiresCompatibilities\": [\"EC2\"],\n  \"containerDefinitions\": [ { \"name\": \"app\", \"image\": \"nginx:1.27\", \"memory\": 256 } ]\n}\n";

        private const string AwsvpcTask = "{\n  \"family\": \"web\",\n  \"requiresCompatibilities\": [\"FARGATE\"],\n  \"networkMode\": \"awsvpc\",\n  \"cpu\": \"256\",\n  \"memory\": \"512\",\n" +
            "  \"containerDefinitions\": [ { \"name\": \"web\", \"image\": \"nginx:1.27\", \"portMappings\": [ { \"containerPort\": 80 } ] } ]\n}\n";

        private static string FargateService(string taskDefinition) =>
            "{\n" +
            "  \"cluster\": \"prod\",\n" +
            "  \"serviceName\": \"svc\",\n" +
            "  \"taskDefinition\": \"" + taskDefinition + "\",\n" +
            "  \"launchType\": \"FARGATE\",\n" +                                                 // line 5
            "  \"desiredCount\": 1,\n" +
            "  \"networkConfiguration\": { \"awsvpcConfiguration\": { \"subnets\": [\"subnet-1\"] } }\n" +
            "}\n";

        [Fact]
        public void A_service_in_the_same_folder_as_its_task_definition_is_paired_by_family_and_revision()
        {
            using var temp = new TempFolder();
            temp.Write("deploy/a-service.json", FargateService("batch:3"));
            temp.Write("deploy/task.json", Ec2OnlyTask);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "deploy").Only("TDK7");
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings);
            Assert.Equal(("TDK7005", 5, 17), (finding.Rule, finding.Line, finding.Column));

            // Services are reported after the other inputs (they wait for the run's task definitions).
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            Assert.EndsWith("a-service.json", report.RootElement.GetProperty("files")[1].GetProperty("file").GetString());
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("inputs").GetInt32());
        }

        [Fact]
        public void The_task_definition_option_pairs_every_service_with_that_file()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", FargateService("something-else"));
            temp.Write("td/task.json", Ec2OnlyTask);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "--task-definition", "td/task.json", "service.json").Only("TDK7");
            Assert.True(findings.Count == 1 && findings[0].Rule == "TDK7005", result.ToString());

            // Alone, the same service names a task definition nobody gave: judged alone, no cross-check, no error.
            var alone = ValidateJson.Findings(temp.Path, out CliResult aloneResult, "service.json");
            Assert.True(alone.Count == 0 && aloneResult.ExitCode == 0, aloneResult.ToString());
        }

        [Fact]
        public void The_task_definition_option_takes_any_form_validate_reads_and_refuses_what_is_not_one()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", FargateService("web"));
            temp.Write("stack.yaml", "Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      RequiresCompatibilities: [EC2]\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx:1\n          Memory: 128\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "--task-definition", "stack.yaml", "service.json").Only("TDK7");
            Assert.True(findings.Count == 1 && findings[0].Rule == "TDK7005", result.ToString());

            CliResult notOne = CliRun.Run(temp.Path, "validate", "--task-definition", "service.json", "service.json");
            Assert.Equal(2, notOne.ExitCode);
            Assert.Contains("--task-definition service.json: a create-service input, not a task definition", notOne.Stderr);

            CliResult missing = CliRun.Run(temp.Path, "validate", "--task-definition", "nope.json", "service.json");
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("--task-definition nope.json", missing.Stderr);
        }

        [Fact]
        public void A_service_naming_its_task_definition_by_an_arn_with_no_match_is_judged_alone()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", FargateService("arn:aws:ecs:us-east-1:123456789012:task-definition/web:9"));
            temp.Write("other.json", AwsvpcTask.Replace("\"web\"", "\"api\""));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "service.json", "other.json").Only("TDK7");
            Assert.True(findings.Count == 0 && result.ExitCode == 0, result.ToString());
        }

        [Fact]
        public void An_arn_whose_family_and_revision_match_a_describe_output_is_paired()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", FargateService("arn:aws:ecs:us-east-1:123456789012:task-definition/batch:3"));
            temp.Write("rev2.json", "{ \"taskDefinition\": " + Ec2OnlyTask.Replace("\"family\": \"batch\",", "\"family\": \"batch\", \"revision\": 2,") + " }");
            var none = ValidateJson.Findings(temp.Path, out CliResult noneResult, "service.json", "rev2.json").Only("TDK7");
            Assert.True(none.Count == 0, noneResult.ToString());

            temp.Write("rev3.json", "{ \"taskDefinition\": " + Ec2OnlyTask.Replace("\"family\": \"batch\",", "\"family\": \"batch\", \"revision\": 3,") + " }");
            var paired = ValidateJson.Findings(temp.Path, out CliResult pairedResult, "service.json", "rev2.json", "rev3.json").Only("TDK7");
            Assert.True(paired.Count == 1 && paired[0].Rule == "TDK7005", pairedResult.ToString());
        }

        [Fact]
        public void Two_task_definitions_of_the_family_leave_the_service_alone_with_a_note()
        {
            using var temp = new TempFolder();
            temp.Write("service.json", FargateService("batch"));
            temp.Write("a.json", Ec2OnlyTask);
            temp.Write("b.json", Ec2OnlyTask);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, ".").Only("TDK7");
            Assert.True(findings.Count == 0, result.ToString());
            Assert.Contains("matches several inputs (a.json, b.json)", result.Stdout);
        }

        [Fact]
        public void An_awsvpc_pairing_without_network_configuration_and_a_wrong_load_balancer_port_in_text()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", AwsvpcTask);
            temp.Write("service.json",
                "{\n  \"serviceName\": \"web\",\n  \"taskDefinition\": \"web\",\n  \"launchType\": \"FARGATE\",\n" +
                "  \"loadBalancers\": [ { \"targetGroupArn\": \"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc\", \"containerName\": \"web\", \"containerPort\": 8080 } ]\n}\n");
            CliResult result = CliRun.Run(temp.Path, "validate", "task.json", "service.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("service.json:1:1: error TDK7004:", result.Stdout);
            Assert.Contains("service.json:5:", result.Stdout);
            Assert.Contains("error TDK7012:", result.Stdout);
            Assert.Contains("1 service/task/cluster input(s)", result.Stderr);
        }

        [Fact]
        public void Describe_services_output_is_judged_service_by_service_with_read_only_members_as_warnings()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", Ec2OnlyTask);
            temp.Write("described.json",
                "{\n  \"services\": [\n    {\n      \"serviceArn\": \"arn:aws:ecs:us-east-1:123456789012:service/prod/svc\",\n" +
                "      \"serviceName\": \"svc\",\n      \"launchType\": \"FARGATE\",\n      \"taskDefinition\": \"arn:aws:ecs:us-east-1:123456789012:task-definition/batch:1\",\n" +
                "      \"runningCount\": 1\n    }\n  ],\n  \"failures\": []\n}\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "task.json", "described.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(findings, f => f.Rule == "TDK7005" && f.Line == 6);
            Assert.Contains(findings, f => f.Rule == "TDK1029" && f.Line == 4 && f.Message.Contains("read-only member of describe-services output"));
            Assert.Contains(findings, f => f.Rule == "TDK1029" && f.Line == 8);
        }

        [Fact]
        public void RunTask_update_service_cluster_and_describe_clusters_inputs_are_read_and_judged()
        {
            using var temp = new TempFolder();
            temp.Write("run.json", "{\n  \"cluster\": \"batch\",\n  \"taskDefinition\": \"job\",\n  \"count\": 1,\n  \"launchType\": \"FARGATE\",\n  \"placementConstraints\": [ { \"type\": \"distinctInstance\" } ]\n}\n");
            temp.Write("update.json", "{\n  \"cluster\": \"prod\",\n  \"service\": \"web\",\n  \"desiredCount\": 3,\n  \"forceNewDeploymnet\": true\n}\n");
            temp.Write("cluster.json", "{\n  \"clusterName\": \"prod\",\n  \"settings\": [ { \"name\": \"containerInsights\", \"value\": 1 } ]\n}\n");
            temp.Write("clusters.json", "{ \"clusters\": [ { \"clusterArn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\", \"clusterName\": \"prod\" } ], \"failures\": [] }");
            temp.Write("tasks.json", "{ \"tasks\": [ { \"taskArn\": \"arn:aws:ecs:us-east-1:123456789012:task/prod/abc\" } ], \"failures\": [] }");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, ".");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(findings, f => f.Rule == "TDK5012" && f.Line == 6);
            Assert.Contains(findings, f => f.Rule == "TDK1029" && f.Line == 5 && f.Message.Contains("'forceNewDeployment'"));
            Assert.Contains(findings, f => f.Rule == "TDK1010" && f.Line == 3);
            Assert.Contains(findings, f => f.Rule == "TDK1029" && f.Message.Contains("clusterArn"));

            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            Assert.Equal(4, report.RootElement.GetProperty("summary").GetProperty("inputs").GetInt32());
            foreach (JsonElement file in report.RootElement.GetProperty("files").EnumerateArray())
            {
                Assert.True(file.GetProperty("read").GetBoolean());
                if (file.GetProperty("file").GetString() == "tasks.json")
                {
                    Assert.Contains("not judged", file.GetProperty("note").GetString());
                }
            }
        }

        [Theory]
        [InlineData("{\n  \"serviceName\": \"web\",\n  \"desiredCount\": }\n", "TDK0001", 3)]
        [InlineData("{\n  \"serviceName\": \"web\",\n  \"desiredCount\": \"two\"\n}\n", "TDK1010", 3)]
        [InlineData("{ \"services\": 5 }", "TDK1010", 1)]
        public void Malformed_service_input_is_one_clear_finding_with_its_line(string json, string rule, int line)
        {
            using var temp = new TempFolder();
            temp.Write("service.json", json);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "service.json");
            Assert.True(result.ExitCode is 1 or 2, result.ToString());
            Assert.Contains(findings, f => f.Rule == rule && f.Line == line);
            Assert.DoesNotContain("TDK0003", result.Stdout);
        }

        [Fact]
        public void A_service_on_standard_input_is_paired_with_a_task_definition_named_after_it()
        {
            using var temp = new TempFolder();
            temp.Write("task.json", Ec2OnlyTask);
            CliResult result = CliRun.RunWithInput(temp.Path, FargateService("batch"), "validate", "-", "task.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("<stdin>:5:17: error TDK7005", result.Stdout);
            Assert.True(File.Exists(Path.Combine(temp.Path, "task.json")));
        }
    }
}
