using System.Linq;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary><c>validate --profile</c>, <c>rules --control</c>, controls in <c>rules</c>/<c>explain</c> and SARIF tags.</summary>
    public class ProfileAndControlsTests
    {
        // Fargate, otherwise clean, but the container runs as root with a writable root filesystem.
        private const string Hygiene = """
            {
              "family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
              "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
              "containerDefinitions": [{
                "name": "web", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2", "essential": true, "memory": 512,
                "healthCheck": { "command": ["CMD-SHELL", "true"] },
                "logConfiguration": { "logDriver": "awslogs", "options": { "awslogs-group": "/ecs/web", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "web" } }
              }]
            }
            """;

        private static CliResult Validate(params string[] args) =>
            CliRun.RunWithInput(CliRun.Fixtures, Hygiene, new[] { "validate", "-" }.Concat(args).ToArray());

        [Fact]
        public void Default_profile_reports_hygiene_as_info_and_passes()
        {
            CliResult result = Validate();
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("info TDK6022", result.Stdout);
            Assert.Contains("info TDK6023", result.Stdout);
            Assert.DoesNotContain("warning TDK", result.Stdout);
        }

        [Fact]
        public void Security_profile_makes_security_hub_controls_warnings()
        {
            CliResult result = Validate("--profile", "security");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("warning TDK6022", result.Stdout);
            Assert.Contains("warning TDK6023", result.Stdout);
        }

        [Fact]
        public void Strict_profile_makes_every_finding_an_error_and_fails()
        {
            CliResult result = Validate("--profile", "strict");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error TDK6022", result.Stdout);
            Assert.DoesNotContain("info TDK", result.Stdout);
        }

        [Fact]
        public void Unknown_profile_is_a_usage_error()
        {
            Assert.Equal(2, Validate("--profile", "paranoid").ExitCode);
        }

        [Fact]
        public void Rules_control_lists_the_rules_for_a_control()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "rules", "--control", "ecs.5");
            Assert.True(result.ExitCode == 0, result.ToString());
            string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
            Assert.Equal("ID       Severity  Implemented  Title", lines[0]);
            Assert.StartsWith("TDK6022  info      yes          Root filesystem is writable  [ECS.5, CKV_AWS_336, CT.ECS.PR.6]", lines[1]);
            Assert.Equal(2, lines.Length);

            CliResult none = CliRun.Run(CliRun.Fixtures, "rules", "--control", "ECS.99");
            Assert.Equal(2, none.ExitCode);
            Assert.Contains("no rule implements 'ECS.99'", none.Stderr);
        }

        [Fact]
        public void Rules_json_and_explain_show_the_controls()
        {
            CliResult json = CliRun.Run(CliRun.Fixtures, "rules", "--format", "json", "--control", "CKV_AWS_334");
            using JsonDocument document = JsonDocument.Parse(json.Stdout);
            JsonElement rule = Assert.Single(document.RootElement.EnumerateArray().ToList());
            Assert.Equal("TDK6021", rule.GetProperty("id").GetString());
            Assert.Equal(new[] { "ECS.4", "CKV_AWS_334", "CT.ECS.PR.11" }, rule.GetProperty("controls").EnumerateArray().Select(c => c.GetString()));

            CliResult explain = CliRun.Run(CliRun.Fixtures, "explain", "TDK6021");
            Assert.Contains("AWS Security Hub [ECS.4]", explain.Stdout);
            Assert.DoesNotContain("<!-- controls:", explain.Stdout);
        }

        [Fact]
        public void Sarif_rules_carry_security_and_control_tags()
        {
            CliResult result = Validate("--format", "sarif");
            using JsonDocument sarif = JsonDocument.Parse(result.Stdout);
            JsonElement rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
            JsonElement privileged = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TDK6021");
            Assert.Equal(new[] { "security", "ECS.4", "CKV_AWS_334", "CT.ECS.PR.11" }, privileged.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            JsonElement plain = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "TDK1001");
            Assert.False(plain.TryGetProperty("properties", out _));
        }
    }
}
