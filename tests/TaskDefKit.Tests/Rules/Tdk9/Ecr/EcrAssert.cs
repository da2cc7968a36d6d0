using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Ecr;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    /// <summary>Reads ECR JSON (a policy, a PutLifecyclePolicy/CreateRepository input or a template) and judges it with <see cref="EcrDocument"/>.</summary>
    internal static class EcrAssert
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(string json, params string[] taskDefinitionJson)
        {
            EcrDocument document = EcrDocument.Parse(json, "ecr.json");
            Assert.Empty(document.ReadDiagnostics);
            var definitions = taskDefinitionJson.Select(t =>
            {
                TaskDefinitionDocument read = TaskDefinitionDocument.Parse(t, "taskdef.json");
                Assert.Empty(read.ReadDiagnostics);
                return read.Definition!;
            }).ToList();
            return document.Validate(definitions);
        }

        public static RuleDiagnostic Fires(string ruleId, string json, string pointer, params string[] taskDefinitionJson)
        {
            List<RuleDiagnostic> findings = Validate(json, taskDefinitionJson).Where(d => d.RuleId == ruleId).ToList();
            RuleDiagnostic finding = Assert.Single(findings);
            Assert.Equal(pointer, finding.Pointer);
            Assert.Equal(RuleCatalog.Get(ruleId).DefaultSeverity, finding.Severity);
            Assert.NotNull(finding.Location);
            return finding;
        }

        public static void Silent(string ruleId, string json, params string[] taskDefinitionJson) =>
            Assert.DoesNotContain(Validate(json, taskDefinitionJson), d => d.RuleId == ruleId);

        public static void Clean(string json) => Assert.Empty(Validate(json));

        /// <summary>A one-rule policy with the given selection and action JSON.</summary>
        public static string Policy(string selection, string action = "{ \"type\": \"expire\" }", int priority = 1) =>
            "{ \"rules\": [ { \"rulePriority\": " + priority + ", \"description\": \"test rule\", \"selection\": " + selection + ", \"action\": " + action + " } ] }";

        public const string Untagged14Days = "{ \"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 14 }";
    }
}
