using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Model.Services;
using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>RunTask inputs are judged by the service rules that apply to a standalone task, against its task definition.</summary>
    public class RunTaskValidatorTests
    {
        private const string Ec2AwsvpcTask = """
            {
              "family": "batch",
              "networkMode": "awsvpc",
              "requiresCompatibilities": ["EC2"],
              "containerDefinitions": [{ "name": "job", "image": "job:1", "essential": true, "memory": 256 }]
            }
            """;

        [Fact]
        public void Valid_fargate_run_task_has_no_findings() => Assert.Empty(ValidateRunTask(FargateRunTask, FargateTask));

        [Fact]
        public void Fargate_run_task_of_an_ec2_only_task_definition_is_tdk7005() =>
            Assert.Contains("does not support launch_type FARGATE", Single(RuleIds.ServiceLaunchTypeCompatibility, ValidateRunTask(FargateRunTask, Ec2AwsvpcTask), "/launchType").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Awsvpc_run_task_without_network_configuration_is_tdk7004() =>
            Single(RuleIds.NetworkConfiguration, ValidateRunTask("""{ "taskDefinition": "batch:1", "launchType": "EC2" }""", Ec2AwsvpcTask), "/networkConfiguration");

        [Fact]
        public void Findings_come_in_rule_id_order_and_placement_rules_run()
        {
            IReadOnlyList<RuleDiagnostic> findings = ValidateRunTask("""
                {
                  "taskDefinition": "batch:1",
                  "count": 12,
                  "launchType": "FARGATE",
                  "placementConstraints": [{ "type": "distinctInstance" }]
                }
                """, Ec2AwsvpcTask);
            Assert.Equal(
                new[] { "TDK5012 /placementConstraints/0", "TDK7004 /networkConfiguration", "TDK7005 /launchType", "TDK7011 /count" },
                findings.Select(d => d.RuleId + " " + d.Pointer));
        }

        [Fact]
        public void Service_only_rules_stay_silent_on_run_task()
        {
            // No desiredCount, scheduling strategy or deployment members in RunTask: TDK7003 and friends have nothing to say.
            var runTask = new RunTask { TaskDefinition = "web:3", LaunchType = LaunchType.Ec2 };
            Assert.Empty(RunTaskValidator.Validate(runTask));
        }

        [Fact]
        public void Ignored_rules_are_not_reported()
        {
            var runTask = new RunTask { TaskDefinition = "web:3", Count = 50 };
            Assert.Single(RunTaskValidator.Validate(runTask), d => d.RuleId == RuleIds.RunTaskCount);
            var options = new ValidationOptions { IgnoredRules = new HashSet<string> { RuleIds.RunTaskCount } };
            Assert.Empty(RunTaskValidator.Validate(runTask, null, options));
        }
    }
}
