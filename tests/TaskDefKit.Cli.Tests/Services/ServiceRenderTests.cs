using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Testing;

namespace TaskDefKit.Cli.Tests.Services
{
    /// <summary>render on a service: the create-service input for a deployment, from an input or describe-services output.</summary>
    public class ServiceRenderTests
    {
        private const string Described =
            "{\n  \"services\": [\n" +
            "    { \"serviceArn\": \"arn:aws:ecs:us-east-1:123456789012:service/prod/web\", \"serviceName\": \"web\", \"clusterArn\": \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\",\n" +
            "      \"taskDefinition\": \"arn:aws:ecs:us-east-1:123456789012:task-definition/web:7\", \"desiredCount\": 2, \"launchType\": \"FARGATE\", \"status\": \"ACTIVE\",\n" +
            "      \"roleArn\": \"arn:aws:iam::123456789012:role/ecs\", \"deployments\": [], \"events\": [],\n" +
            "      \"networkConfiguration\": { \"awsvpcConfiguration\": { \"subnets\": [\"subnet-1\"], \"assignPublicIp\": \"DISABLED\" } } },\n" +
            "    { \"serviceName\": \"api\", \"taskDefinition\": \"api:1\", \"desiredCount\": 1 }\n" +
            "  ],\n  \"failures\": []\n}\n";

        [Fact]
        public void A_described_service_becomes_a_create_service_input_for_the_new_revision_that_AWS_accepts()
        {
            using var temp = new TempFolder();
            temp.Write("described.json", Described);
            CliResult result = CliRun.Run(temp.Path, "render", "described.json", "--service", "web", "--task-definition-ref", "web:8", "-o", "web-service.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            string json = File.ReadAllText(Path.Combine(temp.Path, "web-service.json"));
            using (JsonDocument document = JsonDocument.Parse(json))
            {
                JsonElement root = document.RootElement;
                Assert.Equal("web:8", root.GetProperty("taskDefinition").GetString());
                Assert.Equal("arn:aws:ecs:us-east-1:123456789012:cluster/prod", root.GetProperty("cluster").GetString());
                Assert.False(root.TryGetProperty("role", out _));
                Assert.False(root.TryGetProperty("serviceArn", out _));
                Assert.False(root.TryGetProperty("deployments", out _));
            }

            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["web-service.json"] = json }, operation: "CreateService");
            Assert.True(verdict.AllValid, verdict.Output);

            // The same bytes again: deterministic.
            CliResult again = CliRun.Run(temp.Path, "render", "described.json", "--service", "web", "--task-definition-ref", "web:8");
            Assert.Equal(json, again.Stdout);
        }

        [Fact]
        public void Several_described_services_need_a_name_and_a_wrong_name_lists_them()
        {
            using var temp = new TempFolder();
            temp.Write("described.json", Described);
            CliResult unnamed = CliRun.Run(temp.Path, "render", "described.json");
            Assert.Equal(2, unnamed.ExitCode);
            Assert.Contains("describes 2 services (web, api): name one with --service", unnamed.Stderr);
            CliResult wrong = CliRun.Run(temp.Path, "render", "described.json", "--service", "nope");
            Assert.Equal(2, wrong.ExitCode);
            Assert.Contains("no service named 'nope' (the output has: web, api)", wrong.Stderr);
        }

        [Fact]
        public void A_create_service_input_with_errors_is_not_rendered_and_one_with_rule_findings_exits_1()
        {
            using var temp = new TempFolder();
            temp.Write("bad.json", "{\n  \"serviceName\": \"web\",\n  \"desiredCount\": \"two\"\n}\n");
            CliResult bad = CliRun.Run(temp.Path, "render", "bad.json", "--task-definition-ref", "web:2");
            Assert.Equal(1, bad.ExitCode);
            Assert.Equal(string.Empty, bad.Stdout);
            Assert.Contains("bad.json:3:", bad.Stderr);

            temp.Write("both.json", "{\n  \"serviceName\": \"web\",\n  \"taskDefinition\": \"web:1\",\n  \"launchType\": \"FARGATE\",\n  \"capacityProviderStrategy\": [ { \"capacityProvider\": \"FARGATE\" } ]\n}\n");
            CliResult judged = CliRun.Run(temp.Path, "render", "both.json", "--task-definition-ref", "web:2");
            Assert.Equal(1, judged.ExitCode);
            Assert.Contains("\"taskDefinition\": \"web:2\"", judged.Stdout);
            Assert.Contains("<stdout>:", judged.Stderr);
            Assert.Contains("TDK7001", judged.Stderr);
        }

        [Fact]
        public void A_task_definition_still_needs_container_and_image()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "render", "valid.json", "--image", "nginx:1");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("a task definition needs --container and --image", result.Stderr);
        }
    }
}
