using System.IO;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// <c>file:line:col: severity TDKnnnn: message</c> lines on stdout (the form compilers use, so terminals, editors
    /// and CI log viewers link them), the summary on stderr. Colour only when writing to a terminal.
    /// </summary>
    internal sealed class TextFormatter : IReportWriter
    {
        private const string Reset = "\u001b[0m";
        private readonly TextWriter _out;
        private readonly TextWriter _error;
        private readonly bool _color;

        public TextFormatter(TextWriter output, TextWriter error, bool color)
        {
            _out = output;
            _error = error;
            _color = color;
        }

        public void Write(FileReport report)
        {
            foreach (RuleDiagnostic finding in report.Findings)
            {
                _out.WriteLine(Line(finding, report.DisplayPath, _color));
            }
        }

        public void Complete(RunSummary summary)
        {
            _error.WriteLine(SummaryLine(summary));
        }

        /// <summary>The stderr summary, the same for every format.</summary>
        public static string SummaryLine(RunSummary summary) =>
            summary.Files + (summary.Files == 1 ? " file" : " files") + ", " + summary.Definitions + " task definition(s)" +
            (summary.Placements > 0 ? ", " + summary.Placements + " placement(s)" : string.Empty) +
            (summary.Inputs > 0 ? ", " + summary.Inputs + " service/task/cluster input(s)" : string.Empty) + ": " +
            summary.Errors + " error(s), " + summary.Warnings + " warning(s), " + summary.Infos + " info" +
            (summary.Unreadable > 0 ? ", " + summary.Unreadable + " could not be read" : string.Empty) + ".";

        public static string Line(RuleDiagnostic finding, string file, bool color)
        {
            SourceLocation? at = finding.Location;
            string safeFile = TerminalText.Line(file);
            string where = at is null || at.Line <= 0 ? safeFile : safeFile + ":" + at.Line + ":" + at.Column;
            string severity = Severities.Name(finding.Severity);
            if (color)
            {
                string code = finding.Severity == RuleSeverity.Error ? "\u001b[31;1m" : finding.Severity == RuleSeverity.Warning ? "\u001b[33;1m" : "\u001b[36m";
                severity = code + severity + Reset;
                where = "\u001b[1m" + where + Reset;
            }

            return where + ": " + severity + " " + finding.RuleId + ": " + TerminalText.Line(TerminalText.Shorten(finding.Message));
        }
    }
}
