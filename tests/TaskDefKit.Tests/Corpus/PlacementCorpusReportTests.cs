using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TaskDefKit.Placement;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Corpus
{
    /// <summary>
    /// Reads every file of <c>shared/corpus/realworld/placement</c> and keeps the verdicts in the checked-in
    /// <c>placement-report.txt</c>; <c>TASKDEFKIT_UPDATE_REPORTS=1</c> rewrites it.
    /// </summary>
    public class PlacementCorpusReportTests
    {
        private static string ReportPath => Path.Combine(RepoPaths.Root, "tests", "TaskDefKit.Tests", "Corpus", "placement-report.txt");

        public static string BuildReport()
        {
            var text = new StringBuilder();
            text.Append("# Verdicts of TaskDefKit on shared/corpus/realworld/placement (regenerate: TASKDEFKIT_UPDATE_REPORTS=1 dotnet test --filter PlacementCorpusReport)\n");
            foreach (string path in Directory.GetFiles(RepoPaths.CorpusPlacement, "*.json").OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal))
            {
                PlacementJsonDocument document = PlacementJsonDocument.Load(path);
                IReadOnlyList<RuleDiagnostic> findings = document.Validate();
                string verdict = findings.Any(d => d.Severity == RuleSeverity.Error) ? "INVALID" : findings.Count > 0 ? "WARNINGS" : "OK";
                text.Append('\n').Append(Path.GetFileName(path)).Append(": ").Append(verdict).Append(" (").Append(document.Form).Append(")\n");
                foreach (RuleDiagnostic finding in findings)
                {
                    string severity = finding.Severity.ToString().ToLowerInvariant();
                    string where = finding.Location is null ? "-" : finding.Location.Line + ":" + finding.Location.Column;
                    text.Append("  ").Append(finding.RuleId).Append(' ').Append(severity).Append(' ')
                        .Append(finding.Pointer.Length == 0 ? "/" : finding.Pointer).Append(' ').Append(where).Append(' ').Append(finding.Message).Append('\n');
                }
            }

            return text.ToString();
        }

        [Fact]
        public void Every_corpus_file_is_read_and_its_verdict_matches_the_report()
        {
            Assert.NotEmpty(Directory.GetFiles(RepoPaths.CorpusPlacement, "*.json"));
            string report = BuildReport();
            if (Environment.GetEnvironmentVariable("TASKDEFKIT_UPDATE_REPORTS") == "1")
            {
                File.WriteAllText(ReportPath, report, new UTF8Encoding(false));
            }

            Assert.True(File.Exists(ReportPath), "Missing " + ReportPath + "; run with TASKDEFKIT_UPDATE_REPORTS=1.");
            Assert.Equal(File.ReadAllText(ReportPath).Replace("\r\n", "\n"), report);
        }

        [Fact]
        public void Every_readable_corpus_placement_emits_json_the_oracle_accepts()
        {
            var texts = new Dictionary<string, string>();
            foreach (string path in Directory.GetFiles(RepoPaths.CorpusPlacement, "*.json"))
            {
                PlacementJsonDocument document = PlacementJsonDocument.Load(path);
                if (document.Placement != null)
                {
                    texts[Path.GetFileName(path)] = TaskDefKit.Placement.PlacementJson.Serialize(document.Placement);
                }
            }

            Assert.Equal(12, texts.Count);
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(texts, placement: true, strict: true);
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
