using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Placement;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Placement
{
    /// <summary>Like <see cref="RuleAssert"/>, for placement JSON (placement documents and service/RunTask inputs).</summary>
    public static class PlacementAssert
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(string json, PlacementTarget? target = null, ValidationOptions? options = null)
        {
            PlacementJsonDocument document = PlacementJsonDocument.Parse(json);
            Assert.NotNull(document.Placement);
            IReadOnlyList<RuleDiagnostic> findings = document.Validate(options, target);
            MemberNameMarks.AssertMarked(findings);
            return findings;
        }

        public static IReadOnlyList<RuleDiagnostic> Fires(string ruleId, string json, string? pointer = null, RuleSeverity? severity = null, PlacementTarget? target = null)
        {
            IReadOnlyList<RuleDiagnostic> all = Validate(json, target);
            List<RuleDiagnostic> mine = all.Where(d => d.RuleId == ruleId).ToList();
            Assert.True(mine.Count > 0, ruleId + " did not fire. Findings: " + RuleAssert.Describe(all));
            if (pointer != null)
            {
                Assert.True(mine.Any(d => d.Pointer == pointer), ruleId + " fired, but not at " + pointer + ". Findings: " + RuleAssert.Describe(mine));
            }

            if (severity != null)
            {
                Assert.True(mine.Any(d => d.Severity == severity), ruleId + " fired, but not as " + severity + ". Findings: " + RuleAssert.Describe(mine));
            }

            foreach (RuleDiagnostic diagnostic in mine)
            {
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                Assert.NotNull(diagnostic.Location);
            }

            return mine;
        }

        public static void Silent(string ruleId, string json, PlacementTarget? target = null)
        {
            IReadOnlyList<RuleDiagnostic> all = Validate(json, target);
            List<RuleDiagnostic> mine = all.Where(d => d.RuleId == ruleId).ToList();
            Assert.True(mine.Count == 0, ruleId + " should be silent but reported: " + RuleAssert.Describe(mine));
        }

        /// <summary>A placement document with the given strategies and constraints (JSON array bodies).</summary>
        public static string Doc(string strategies, string constraints) =>
            "{\n  \"placementStrategy\": [" + strategies + "],\n  \"placementConstraints\": [" + constraints + "]\n}";

        /// <summary>A placement with one memberOf constraint.</summary>
        public static string MemberOf(string expression) =>
            Doc(string.Empty, "{ \"type\": \"memberOf\", \"expression\": " + System.Text.Json.JsonSerializer.Serialize(expression) + " }");

        /// <summary>An EC2 task definition with the given task-level placementConstraints array body.</summary>
        public static string TaskDefinition(string constraints, string compatibilities = "\"EC2\"") => """
            {
              "family": "worker",
              "requiresCompatibilities": [
            """ + compatibilities + """
            ],
              "containerDefinitions": [
                { "name": "worker", "image": "public.ecr.aws/docker/library/busybox:1.36", "memory": 128, "essential": true }
              ],
              "placementConstraints": [
            """ + constraints + """
            ]
            }
            """;
    }
}
