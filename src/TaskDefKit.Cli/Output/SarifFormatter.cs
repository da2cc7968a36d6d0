using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Json;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Output
{
    /// <summary>
    /// SARIF 2.1.0 as GitHub code scanning reads it: <c>tool.driver.rules</c> holds the whole catalog (id, name, short
    /// description, help link, default level), each result names its rule, level, message and a location with a URI
    /// relative to the working directory and a start line and column. The run object is written member by member so
    /// results stream: the driver first, then each file's results as they come, then the invocation.
    /// </summary>
    internal sealed class SarifFormatter : IReportWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

        private readonly TextWriter _out;
        private readonly string _workingDirectory;
        private readonly Dictionary<string, int> _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        private bool _first = true;

        public SarifFormatter(TextWriter output, string workingDirectory)
        {
            _out = output;
            _workingDirectory = workingDirectory;
            var tool = new SarifTool();
            tool.Driver.Version = ToolVersion.Value;
            tool.Driver.SemanticVersion = ToolVersion.Value;
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                _ruleIndex[rule.Id] = tool.Driver.Rules.Count;
                tool.Driver.Rules.Add(new SarifRule
                {
                    Id = rule.Id,
                    Name = PascalName(rule.Title),
                    ShortDescription = new SarifMessage { Text = rule.Title },
                    HelpUri = rule.HelpUri,
                    DefaultConfiguration = new SarifConfiguration { Level = Severities.SarifLevel(rule.DefaultSeverity) },
                    Properties = rule.Controls.Count == 0 ? null : new SarifRuleProperties { Tags = new[] { "security" }.Concat(rule.Controls).ToList() },
                });
            }

            _out.Write("{\"$schema\":\"" + SchemaUri + "\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":");
            _out.Write(JsonSerializer.Serialize(tool, CliJsonContext.Output.SarifTool));
            _out.Write(",\"columnKind\":\"unicodeCodePoints\",\"results\":[");
        }

        public void Write(FileReport report)
        {
            foreach (RuleDiagnostic finding in report.Findings)
            {
                SourceLocation? at = finding.Location;
                var result = new SarifResult
                {
                    RuleId = finding.RuleId,
                    RuleIndex = _ruleIndex.TryGetValue(finding.RuleId, out int index) ? index : 0,
                    Level = Severities.SarifLevel(finding.Severity),
                    Message = new SarifMessage { Text = TerminalText.Shorten(finding.Message) },
                };
                var physical = new SarifPhysicalLocation
                {
                    // A whole-file problem (missing, binary) points at line 1: GitHub needs a line to show the alert.
                    Region = new SarifRegion { StartLine = at is null || at.Line <= 0 ? 1 : at.Line, StartColumn = at is null || at.Column <= 0 ? 1 : at.Column },
                };
                (physical.ArtifactLocation.Uri, physical.ArtifactLocation.UriBaseId) = ArtifactUri(report.DisplayPath);
                result.Locations.Add(new SarifLocation { PhysicalLocation = physical });
                _out.Write(_first ? "\n" : ",\n");
                _first = false;
                _out.Write(JsonSerializer.Serialize(result, CliJsonContext.Output.SarifResult));
            }
        }

        public void Complete(RunSummary summary)
        {
            var invocations = new List<SarifInvocation> { new SarifInvocation { ExecutionSuccessful = summary.ExitCode != ExitCodes.UsageOrUnreadable, ExitCode = summary.ExitCode } };
            _out.Write("\n],\"invocations\":");
            _out.Write(JsonSerializer.Serialize(invocations, CliJsonContext.Output.ListSarifInvocation));
            _out.WriteLine("}]}");
        }

        /// <summary>Relative paths become relative URIs (forward slashes, escaped); others become file URIs.</summary>
        private (string Uri, string? BaseId) ArtifactUri(string displayPath)
        {
            if (displayPath == "<stdin>")
            {
                return ("stdin", null);
            }

            if (Path.IsPathRooted(displayPath))
            {
                string relative = Path.GetRelativePath(_workingDirectory, displayPath);
                if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                {
                    return (new Uri(displayPath).AbsoluteUri, null);
                }

                displayPath = relative;
            }

            var uri = new StringBuilder();
            foreach (string segment in displayPath.Replace('\\', '/').Split('/'))
            {
                if (uri.Length > 0)
                {
                    uri.Append('/');
                }

                uri.Append(Uri.EscapeDataString(segment));
            }

            return (uri.ToString(), "%SRCROOT%");
        }

        /// <summary>SARIF's rule <c>name</c> is an identifier: the title in PascalCase, letters and digits only.</summary>
        internal static string PascalName(string title)
        {
            var name = new StringBuilder(title.Length);
            bool upper = true;
            foreach (char c in title)
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    name.Append(upper ? char.ToUpperInvariant(c) : c);
                    upper = false;
                }
                else
                {
                    upper = true;
                }
            }

            return name.ToString();
        }
    }
}
