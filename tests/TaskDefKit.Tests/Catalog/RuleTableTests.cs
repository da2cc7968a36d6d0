using System;
using System.IO;
using System.Linq;
using System.Text;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Catalog
{
    /// <summary>
    /// <c>docs/rules/README.md</c> holds the rule table between two markers; this test regenerates it from
    /// <see cref="RuleCatalog.All"/> and fails when the file differs, so the table cannot drift from the code.
    /// With <c>TASKDEFKIT_UPDATE_DOCS=1</c> it rewrites the table instead (review the diff, then commit it).
    /// </summary>
    public class RuleTableTests
    {
        public const string BeginMarker = "<!-- rule-table:begin (generated from RuleCatalog.All by tests/TaskDefKit.Tests/Catalog/RuleTableTests.cs; do not edit) -->";
        public const string EndMarker = "<!-- rule-table:end -->";

        private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "rules", "README.md");

        [Fact]
        public void The_rule_table_in_docs_matches_the_catalog()
        {
            string file = File.ReadAllText(DocPath).Replace("\r\n", "\n");
            int begin = file.IndexOf(BeginMarker, StringComparison.Ordinal);
            int end = file.IndexOf(EndMarker, StringComparison.Ordinal);
            Assert.True(begin >= 0 && end > begin, "docs/rules/README.md must contain the markers " + BeginMarker + " and " + EndMarker);

            string current = file.Substring(begin, end + EndMarker.Length - begin);
            string generated = BeginMarker + "\n" + GenerateTable() + EndMarker;
            if (current == generated)
            {
                return;
            }

            if (Environment.GetEnvironmentVariable("TASKDEFKIT_UPDATE_DOCS") == "1")
            {
                File.WriteAllText(DocPath, file.Substring(0, begin) + generated + file.Substring(end + EndMarker.Length), new UTF8Encoding(false));
                return;
            }

            string[] was = current.Split('\n');
            string[] now = generated.Split('\n');
            int line = 0;
            while (line < was.Length && line < now.Length && was[line] == now[line])
            {
                line++;
            }

            Assert.Fail("The rule table in docs/rules/README.md is out of date (first difference at table line " + (line + 1) + "):\n  in file:   "
                + (line < was.Length ? was[line] : "<end>") + "\n  generated: " + (line < now.Length ? now[line] : "<end>")
                + "\nRun the tests with TASKDEFKIT_UPDATE_DOCS=1 to rewrite it, then commit the file.");
        }

        [Fact]
        public void Every_rule_has_exactly_one_row_linking_to_its_page()
        {
            string table = GenerateTable();
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                Assert.Single(table.Split('\n'), row => row.StartsWith("| [" + rule.Id + "](" + rule.Id + ".md) |", StringComparison.Ordinal));
            }
        }

        /// <summary>The generated Markdown: a summary line and one row per rule, in ID order.</summary>
        public static string GenerateTable()
        {
            var text = new StringBuilder();
            int errors = RuleCatalog.All.Count(r => r.DefaultSeverity == RuleSeverity.Error);
            int warnings = RuleCatalog.All.Count(r => r.DefaultSeverity == RuleSeverity.Warning);
            int infos = RuleCatalog.All.Count(r => r.DefaultSeverity == RuleSeverity.Info);
            text.Append(RuleCatalog.All.Length).Append(" rules: ").Append(errors).Append(" errors, ").Append(warnings).Append(" warnings, ")
                .Append(infos).Append(" infos (default severities).\n\n");
            text.Append("| ID | Title | Severity | Group |\n");
            text.Append("|---|---|---|---|\n");
            foreach (RuleInfo rule in RuleCatalog.All.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ")
                    .Append(Escape(rule.Title)).Append(" | ")
                    .Append(Severity(rule.DefaultSeverity)).Append(" | ")
                    .Append(Group(rule.Group)).Append(" |\n");
            }

            return text.ToString();
        }

        private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

        private static string Severity(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => "error",
            RuleSeverity.Warning => "warning",
            _ => "info",
        };

        private static string Group(RuleGroup group) => group switch
        {
            RuleGroup.Input => "Input (TDK0xxx)",
            RuleGroup.TaskDefinition => "Task definition (TDK1xxx)",
            RuleGroup.Container => "Container (TDK2xxx)",
            RuleGroup.Storage => "Volumes and storage (TDK3xxx)",
            RuleGroup.Networking => "Networking and ports (TDK4xxx)",
            RuleGroup.Placement => "Placement (TDK5xxx)",
            RuleGroup.Security => "Logging, secrets and security (TDK6xxx)",
            RuleGroup.Service => "Service and RunTask (TDK7xxx)",
            _ => group.ToString(),
        };
    }
}
