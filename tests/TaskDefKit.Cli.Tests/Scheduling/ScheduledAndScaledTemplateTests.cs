using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Cli.Tests.Services;

namespace TaskDefKit.Cli.Tests.Scheduling
{
    /// <summary>
    /// Issue 12's CloudFormation acceptance in one template: a web service with a scalable target, a target tracking
    /// policy and a scheduled action, next to a report task started by an EventBridge rule and a Scheduler schedule. The
    /// correct template gives no finding (and passes cfn-lint); each of the three mistakes the issue names is one error
    /// at the line to change. The per-resource behaviour is tested in <see cref="CloudFormationScheduledTaskTests"/> and
    /// <see cref="CloudFormationScalingTests"/>; this test shows the resource kinds judged together, with each other's
    /// task definitions and services in the same template.
    /// </summary>
    public class ScheduledAndScaledTemplateTests
    {
        private static readonly string Template = File.ReadAllText(Path.Combine(CliRun.Fixtures, "deployment", "scheduled-and-scaled.template.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);

        [Fact]
        public void The_correct_scheduled_task_and_autoscaling_template_gives_no_finding()
        {
            var findings = Validate(Template, out CliResult result);
            Assert.True(findings.Count == 0 && result.ExitCode == 0, result.ToString());
            // Two task definitions; cluster, service, rule, schedule, scalable target and policy are the inputs.
            Assert.Contains("\"definitions\":2", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("\"inputs\":6", result.Stdout, StringComparison.Ordinal);
        }

        [CfnLintFact]
        public void The_correct_template_passes_cfn_lint()
        {
            (int exitCode, string output) = CfnLint.Lint(new Dictionary<string, string> { ["stack.yaml"] = Template });
            Assert.True(exitCode == 0, output);
        }

        [Fact]
        public void An_eventbridge_fargate_target_without_network_configuration_is_an_error_on_its_EcsParameters_line()
        {
            string template = Edit(Template,
                "            NetworkConfiguration:\n              AwsVpcConfiguration:\n                Subnets: [!Ref Subnet]\n                AssignPublicIp: DISABLED\n",
                string.Empty);
            var finding = Assert.Single(Validate(template, out CliResult result));
            Assert.Equal(("TDK9003", LineOf(template, "          EcsParameters:")), (finding.Rule, finding.Line));
            Assert.Equal(1, result.ExitCode);
        }

        [Fact]
        public void A_scalable_target_with_min_above_max_is_an_error_on_its_MinCapacity_line()
        {
            string template = Edit(Template, "      MinCapacity: 2\n", "      MinCapacity: 12\n");
            var finding = Assert.Single(Validate(template, out CliResult result));
            Assert.Equal(("TDK9102", LineOf(template, "      MinCapacity: 12")), (finding.Rule, finding.Line));
            Assert.Equal(1, result.ExitCode);
        }

        [Fact]
        public void A_target_tracking_policy_with_a_metric_of_another_service_is_an_error_on_the_metric_line()
        {
            string template = Edit(Template, "ECSServiceAverageCPUUtilization", "RDSReaderAverageCPUUtilization");
            var finding = Assert.Single(Validate(template, out CliResult result));
            Assert.Equal(("TDK9103", LineOf(template, "          PredefinedMetricType: RDSReaderAverageCPUUtilization")), (finding.Rule, finding.Line));
            Assert.Equal(1, result.ExitCode);
        }

        private static List<(string Rule, int Line, int Column, string Message)> Validate(string template, out CliResult result)
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", template);
            return ValidateJson.Findings(temp.Path, out result, "stack.yaml");
        }

        private static string Edit(string template, string old, string replacement)
        {
            Assert.Contains(old, template, StringComparison.Ordinal);
            return template.Replace(old, replacement, StringComparison.Ordinal);
        }

        /// <summary>The 1-based number of the one line that reads exactly <paramref name="line"/>.</summary>
        private static int LineOf(string template, string line)
        {
            string[] lines = template.Split('\n');
            int first = Array.IndexOf(lines, line);
            Assert.True(first >= 0 && Array.LastIndexOf(lines, line) == first, "not exactly one line '" + line + "'");
            return first + 1;
        }
    }
}
