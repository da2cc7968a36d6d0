using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TaskDefKit.Rules;
using TaskDefKit.Testing;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk7.ServiceAssert;
using static TaskDefKit.Tests.Rules.Tdk7.Tdk7Inputs;

namespace TaskDefKit.Tests.Rules.Tdk7
{
    /// <summary>
    /// Every TDK7 page's non-compliant example fires its rule and its compliant example does not, and every example is
    /// a valid input of its operation for AWS's model (ecs-validate). A page whose examples depend on the task definition
    /// says so in a <c>// task definition:</c> comment; the definitions that comment abbreviates are below.
    /// </summary>
    public class Tdk7DocsExamplesTests
    {
        private static readonly Regex s_block = new Regex("```jsonc?\\n(.*?)\\n```", RegexOptions.Singleline);

        private const string Ec2OnlyAwsvpcTask = """
            { "family": "web", "networkMode": "awsvpc", "requiresCompatibilities": ["EC2"], "cpu": "256", "memory": "512",
              "containerDefinitions": [{ "name": "web", "image": "nginx", "essential": true }] }
            """;

        private static readonly string HealthCheckTask = FargateTask.Replace("\"essential\": true", "\"essential\": true, \"healthCheck\": { \"command\": [\"CMD-SHELL\", \"exit 0\"] }", System.StringComparison.Ordinal);

        private static readonly string VolumeTask = FargateTask.Replace("\"cpu\": \"256\"", "\"volumes\": [{ \"name\": \"data\", \"configuredAtLaunch\": true }], \"cpu\": \"256\"", System.StringComparison.Ordinal);

        /// <summary>The task definitions of the pages whose examples need one: (non-compliant, compliant).</summary>
        private static readonly Dictionary<string, (string Bad, string Good)> s_taskDefinitions = new()
        {
            ["TDK7004"] = (FargateTask, FargateTask),
            ["TDK7005"] = (Ec2OnlyAwsvpcTask, Ec2OnlyAwsvpcTask.Replace("[\"EC2\"]", "[\"EC2\", \"FARGATE\"]", System.StringComparison.Ordinal)),
            ["TDK7012"] = (FargateTask, FargateTask),
            ["TDK7014"] = (FargateTask, HealthCheckTask),
            ["TDK7015"] = (FargateTask, FargateTask),
            ["TDK7023"] = (FargateTask, FargateTask),
            ["TDK7024"] = (VolumeTask, VolumeTask),
        };

        /// <summary>The surroundings of the pages whose rule needs the template around the service (the page says so in a comment).</summary>
        private static readonly Dictionary<string, ServiceSurroundings> s_surroundings = new()
        {
            ["TDK7025"] = new ServiceSurroundings { HasScalableTarget = true, DesiredCountHasDefault = true },
        };

        // TDK7100 is reported by the CloudFormation reader (a template, not a service input); Tdk7100CircularReferenceTests covers it.
        public static IEnumerable<object[]> Pages() =>
            RuleCatalog.All.Where(r => r.Id.StartsWith("TDK7", System.StringComparison.Ordinal) && !RuleSet.ReaderRuleIds.Contains(r.Id)).Select(r => new object[] { r.Id });

        [Theory]
        [MemberData(nameof(Pages))]
        public void Examples_match_the_rule(string ruleId)
        {
            (string bad, string good, bool needsTaskDefinition) = Examples(ruleId);
            Assert.Equal(needsTaskDefinition, s_taskDefinitions.ContainsKey(ruleId));
            (string? badTask, string? goodTask) = s_taskDefinitions.TryGetValue(ruleId, out var tasks) ? tasks : (null, null);
            ServiceSurroundings? surroundings = s_surroundings.TryGetValue(ruleId, out ServiceSurroundings? known) ? known : null;
            Assert.Contains(Run(bad, badTask, surroundings), d => d.RuleId == ruleId);
            Assert.DoesNotContain(Run(good, goodTask, surroundings), d => d.RuleId == ruleId);
        }

        [Fact]
        public void Examples_are_valid_inputs_for_aws()
        {
            var byOperation = new Dictionary<string, Dictionary<string, string>>();
            foreach (object[] page in Pages())
            {
                string ruleId = (string)page[0];
                (string bad, string good, _) = Examples(ruleId);
                foreach ((string json, string name) in new[] { (bad, ruleId + "-bad.json"), (good, ruleId + "-good.json") })
                {
                    string operation = Operation(json);
                    if (!byOperation.TryGetValue(operation, out Dictionary<string, string>? files))
                    {
                        byOperation[operation] = files = new Dictionary<string, string>();
                    }

                    files[name] = json;
                }
            }

            foreach (KeyValuePair<string, Dictionary<string, string>> operation in byOperation)
            {
                EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(operation.Value, operation: operation.Key);
                Assert.True(verdict.AllValid, operation.Key + ": " + verdict.Output);
            }
        }

        private static (string Bad, string Good, bool NeedsTaskDefinition) Examples(string ruleId)
        {
            string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", ruleId + ".md"));
            MatchCollection blocks = s_block.Matches(page);
            Assert.Equal(2, blocks.Count);
            bool needsTaskDefinition = blocks.Cast<Match>().Any(b => b.Groups[1].Value.Contains("// task definition", System.StringComparison.Ordinal));
            return (StripComments(blocks[0].Groups[1].Value), StripComments(blocks[1].Groups[1].Value), needsTaskDefinition);
        }

        private static string StripComments(string block) =>
            string.Join("\n", block.Split('\n').Where(line => !line.TrimStart().StartsWith("//", System.StringComparison.Ordinal)));

        /// <summary>The operation an example is an input of, by its members.</summary>
        private static string Operation(string json) =>
            json.Contains("\"clusterName\"", System.StringComparison.Ordinal) ? "CreateCluster"
            : json.Contains("\"serviceName\"", System.StringComparison.Ordinal) ? "CreateService"
            : "RunTask";

        private static IReadOnlyList<RuleDiagnostic> Run(string json, string? taskDefinition, ServiceSurroundings? surroundings) =>
            Operation(json) switch
            {
                "CreateCluster" => ValidateCluster(json),
                "CreateService" => Validate(json, taskDefinition, surroundings),
                _ => ValidateRunTask(json, taskDefinition),
            };
    }
}
