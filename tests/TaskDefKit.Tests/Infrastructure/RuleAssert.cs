using System.Collections.Generic;
using System.Linq;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Infrastructure
{
    /// <summary>
    /// Assertions for rule tests: validate a JSON task definition and check that one rule fires (at a pointer, with a
    /// severity) or stays silent. JSON keeps each test's input readable as the file a user would write.
    /// </summary>
    public static class RuleAssert
    {
        public static IReadOnlyList<RuleDiagnostic> Validate(string json, ValidationOptions? options = null)
        {
            TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
            Assert.NotNull(document.Definition);
            IReadOnlyList<RuleDiagnostic> findings = document.Validate(options);
            MemberNameMarks.AssertMarked(findings);
            return findings;
        }

        /// <summary>Asserts that <paramref name="ruleId"/> reports at least once; returns its findings.</summary>
        public static IReadOnlyList<RuleDiagnostic> Fires(
            string ruleId,
            string json,
            string? pointer = null,
            RuleSeverity? severity = null,
            ValidationOptions? options = null)
        {
            IReadOnlyList<RuleDiagnostic> all = Validate(json, options);
            List<RuleDiagnostic> mine = all.Where(d => d.RuleId == ruleId).ToList();
            Assert.True(mine.Count > 0, ruleId + " did not fire. Findings: " + Describe(all));
            if (pointer != null)
            {
                Assert.True(mine.Any(d => d.Pointer == pointer), ruleId + " fired, but not at " + pointer + ". Findings: " + Describe(mine));
            }

            if (severity != null)
            {
                Assert.True(mine.Any(d => d.Severity == severity), ruleId + " fired, but not as " + severity + ". Findings: " + Describe(mine));
            }

            foreach (RuleDiagnostic diagnostic in mine)
            {
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                Assert.NotNull(diagnostic.Location);
            }

            return mine;
        }

        /// <summary>Asserts that <paramref name="ruleId"/> reports nothing.</summary>
        public static void Silent(string ruleId, string json, ValidationOptions? options = null)
        {
            IReadOnlyList<RuleDiagnostic> all = Validate(json, options);
            List<RuleDiagnostic> mine = all.Where(d => d.RuleId == ruleId).ToList();
            Assert.True(mine.Count == 0, ruleId + " should be silent but reported: " + Describe(mine));
        }

        public static string Describe(IEnumerable<RuleDiagnostic> diagnostics) =>
            "\n  " + string.Join("\n  ", diagnostics.Select(d => d.ToString()));
    }
}
