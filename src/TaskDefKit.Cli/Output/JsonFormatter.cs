using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// <c>{"files":[...],"summary":{...}}</c>, streamed: each file's object is written as soon as it is validated,
    /// one per line, and the summary closes the document.
    /// </summary>
    internal sealed class JsonFormatter : IReportWriter
    {
        private readonly TextWriter _out;
        private bool _first = true;

        public JsonFormatter(TextWriter output)
        {
            _out = output;
            _out.Write("{\"files\":[");
        }

        public void Write(FileReport report)
        {
            var result = new JsonFileResult { File = report.DisplayPath, Read = report.Read, Definitions = report.Definitions, Placements = report.Placements, Inputs = report.Inputs, Note = report.Note };
            foreach (RuleDiagnostic finding in report.Findings)
            {
                result.Findings.Add(new JsonFinding
                {
                    RuleId = finding.RuleId,
                    Severity = Severities.Name(finding.Severity),
                    Message = TerminalText.Shorten(finding.Message),
                    Pointer = finding.Pointer,
                    Line = finding.Location?.Line ?? 0,
                    Column = finding.Location?.Column ?? 0,
                    HelpUri = RuleCatalog.HelpUri(finding.RuleId),
                });
            }

            _out.Write(_first ? "\n" : ",\n");
            _first = false;
            _out.Write(JsonSerializer.Serialize(result, CliJsonContext.Output.JsonFileResult));
        }

        public void Complete(RunSummary summary)
        {
            var json = new JsonSummary
            {
                Files = summary.Files,
                Unreadable = summary.Unreadable,
                Definitions = summary.Definitions,
                Placements = summary.Placements,
                Inputs = summary.Inputs,
                Errors = summary.Errors,
                Warnings = summary.Warnings,
                Infos = summary.Infos,
                ExitCode = summary.ExitCode,
            };
            _out.Write("\n],\"summary\":");
            _out.Write(JsonSerializer.Serialize(json, CliJsonContext.Output.JsonSummary));
            _out.WriteLine("}");
        }
    }
}
