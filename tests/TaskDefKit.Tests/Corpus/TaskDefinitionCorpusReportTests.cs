using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TaskDefKit.Json;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Corpus
{
    /// <summary>
    /// TaskDefKit's verdict on every real-world task definition, next to the verdict of AWS's client-side validation
    /// (ecs-validate), kept in a checked-in report: every change of judgement shows in review.
    /// </summary>
    public class TaskDefinitionCorpusReportTests
    {
        public const string ReportPath = "tests/TaskDefKit.Tests/Corpus/taskdefs-report.txt";

        [Fact]
        public void The_checked_in_corpus_report_is_current()
        {
            string[] files = Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            Dictionary<string, string> oracle = OracleVerdicts(files);
            var report = new StringBuilder();
            report.Append("# TaskDefKit verdicts on shared/corpus/realworld/taskdefs, beside AWS's client-side check (ecs-validate).\n");
            report.Append("# Regenerate: TASKDEFKIT_UPDATE_REPORTS=1 dotnet test tests/TaskDefKit.Tests --filter Corpus\n");
            report.Append("# Per file: verdict (INVALID = at least one error), form, counts; then one line per finding:\n");
            report.Append("#   RULE severity line:col pointer message\n\n");
            int invalid = 0, errors = 0, warnings = 0, infos = 0;
            var body = new StringBuilder();
            foreach (string file in files)
            {
                TaskDefinitionDocument document = TaskDefinitionDocument.Load(file);
                IReadOnlyList<RuleDiagnostic> findings = document.Validate();
                int e = findings.Count(d => d.Severity == RuleSeverity.Error);
                int w = findings.Count(d => d.Severity == RuleSeverity.Warning);
                int i = findings.Count(d => d.Severity == RuleSeverity.Info);
                invalid += e > 0 ? 1 : 0;
                errors += e;
                warnings += w;
                infos += i;
                string name = Path.GetFileName(file);
                body.Append(name).Append(": ").Append(e > 0 ? "INVALID" : "VALID")
                    .Append(" (form ").Append(document.Form).Append("; ").Append(e).Append(" errors, ").Append(w).Append(" warnings, ")
                    .Append(i).Append(" info; ecs-validate: ").Append(oracle.TryGetValue(name, out string? v) ? v : "?").Append(")\n");
                foreach (RuleDiagnostic d in findings)
                {
                    body.Append("  ").Append(d.RuleId).Append(' ').Append(d.Severity.ToString().ToLowerInvariant()).Append(' ')
                        .Append(d.Location is null ? "-" : d.Location.Line + ":" + d.Location.Column).Append(' ')
                        .Append(d.Pointer.Length == 0 ? "/" : d.Pointer).Append(' ').Append(d.Message).Append('\n');
                }
            }

            report.Append("# Totals: ").Append(files.Length).Append(" files, ").Append(invalid).Append(" invalid; ")
                .Append(errors).Append(" errors, ").Append(warnings).Append(" warnings, ").Append(infos).Append(" info.\n\n");
            report.Append(body);
            CheckedInFile.AssertMatches(ReportPath, report.ToString());
        }

        private static Dictionary<string, string> OracleVerdicts(string[] files)
        {
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateFiles(files);
            var verdicts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string line in verdict.Output.Split('\n'))
            {
                System.Text.RegularExpressions.Match match = System.Text.RegularExpressions.Regex.Match(line, @"^(OK|INVALID) (\S+)");
                if (match.Success)
                {
                    verdicts[Path.GetFileName(match.Groups[2].Value)] = match.Groups[1].Value;
                }
            }

            return verdicts;
        }
    }
}
