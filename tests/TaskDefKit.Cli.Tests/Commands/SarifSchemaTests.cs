using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Json.Schema;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// The SARIF output validates against the official SARIF 2.1.0 schema (Schemas/sarif-schema-2.1.0.json, kept
    /// verbatim from oasis-tcs/sarif-spec), with format checks on (helpUri must be a URI, artifact URIs URI-references).
    /// </summary>
    public class SarifSchemaTests
    {
        private static readonly Lazy<JsonSchema> s_schema = new Lazy<JsonSchema>(LoadSchema);

        /// <summary>
        /// The schema declares draft-04, which JsonSchema.Net does not implement; it uses no keyword whose meaning
        /// changed after draft-04 (the only draft-04 spelling is the top-level "id"), so it is evaluated as draft-07.
        /// </summary>
        private static JsonSchema LoadSchema()
        {
            string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
            text = text.Replace("\"http://json-schema.org/draft-04/schema#\"", "\"http://json-schema.org/draft-07/schema#\"", StringComparison.Ordinal);
            return JsonSchema.FromText(text, new BuildOptions { Dialect = Dialect.Draft07 });
        }

        internal static void AssertValid(string sarif)
        {
            using JsonDocument document = JsonDocument.Parse(sarif);
            EvaluationResults results = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (!results.IsValid)
            {
                var errors = new StringBuilder();
                foreach (EvaluationResults detail in results.Details ?? new List<EvaluationResults>())
                {
                    if (detail.Errors != null)
                    {
                        foreach (KeyValuePair<string, string> error in detail.Errors)
                        {
                            errors.AppendLine(detail.InstanceLocation + ": " + error.Key + ": " + error.Value);
                        }
                    }
                }

                Assert.Fail("SARIF does not match the 2.1.0 schema:\n" + errors);
            }
        }

        [Fact]
        public void Schema_rejects_an_invalid_log()
        {
            using JsonDocument bad = JsonDocument.Parse("{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},\"results\":[{\"level\":\"fatal\"}]}]}");
            Assert.False(s_schema.Value.Evaluate(bad.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid);
        }

        [Fact]
        public void Findings_and_unreadable_files_validate()
        {
            using var temp = new TempFolder();
            temp.Write("dir with space/bad task.json", "{");
            temp.Write("invalid.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "invalid.json")));
            temp.Write("template.yaml", File.ReadAllText(Path.Combine(CliRun.Fixtures, "template.yaml")));
            CliResult result = CliRun.Run(temp.Path, "validate", "-f", "sarif", ".", "missing.json", "-");
            Assert.Equal(1, result.ExitCode);
            AssertValid(result.Stdout);

            using JsonDocument sarif = JsonDocument.Parse(result.Stdout);
            JsonElement run = sarif.RootElement.GetProperty("runs")[0];
            JsonElement rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            var uris = new List<string>();
            foreach (JsonElement finding in run.GetProperty("results").EnumerateArray())
            {
                JsonElement physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
                uris.Add(finding.GetProperty("ruleId").GetString() + " " + physical.GetProperty("artifactLocation").GetProperty("uri").GetString() + ":" + physical.GetProperty("region").GetProperty("startLine").GetInt32());
            }

            Assert.Contains("TDK1010 invalid.json:6", uris);
            Assert.Contains("TDK1010 template.yaml:53", uris);
            Assert.Contains("TDK0001 dir%20with%20space/bad%20task.json:1", uris);
            Assert.Contains("TDK0001 missing.json:1", uris);
            foreach (JsonElement finding in run.GetProperty("results").EnumerateArray())
            {
                JsonElement rule = rules[finding.GetProperty("ruleIndex").GetInt32()];
                Assert.Equal(finding.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
            }

            JsonElement tdk1010 = rules[0];
            Assert.Equal("TDK0001", tdk1010.GetProperty("id").GetString());
            Assert.Equal("error", tdk1010.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.EndsWith("docs/rules/TDK0001.md", tdk1010.GetProperty("helpUri").GetString());
        }

        [Fact]
        public void Uris_are_relative_inside_the_working_directory_and_absolute_outside_it_and_rules_are_the_catalog()
        {
            // As docs/cli.md says: relative URI with uriBaseId %SRCROOT% under the working directory (even when the
            // path was given absolute), an absolute file:/// URI without uriBaseId outside it; driver.rules is the catalog.
            using var work = new TempFolder();
            using var outside = new TempFolder();
            string inside = work.Write("in/invalid.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "invalid.json")));
            string other = outside.Write("invalid.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "invalid.json")));
            CliResult result = CliRun.Run(work.Path, "validate", "-f", "sarif", inside, other);
            Assert.Equal(1, result.ExitCode);
            AssertValid(result.Stdout);

            using JsonDocument sarif = JsonDocument.Parse(result.Stdout);
            JsonElement run = sarif.RootElement.GetProperty("runs")[0];
            Assert.Equal(TaskDefKit.Rules.RuleCatalog.All.Length, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
            var seen = new HashSet<string>();
            foreach (JsonElement finding in run.GetProperty("results").EnumerateArray())
            {
                JsonElement artifact = finding.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
                string uri = artifact.GetProperty("uri").GetString()!;
                if (uri == "in/invalid.json")
                {
                    Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
                }
                else
                {
                    Assert.Equal(new Uri(other).AbsoluteUri, uri);
                    Assert.StartsWith("file:///", uri);
                    Assert.False(artifact.TryGetProperty("uriBaseId", out _));
                }

                seen.Add(uri);
            }

            Assert.Equal(2, seen.Count);
        }

        [Fact]
        public void A_clean_run_validates()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "validate", "-f", "sarif", "valid.json");
            Assert.Equal(0, result.ExitCode);
            AssertValid(result.Stdout);
            using JsonDocument sarif = JsonDocument.Parse(result.Stdout);
            Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        }

        [Fact]
        public void Every_corpus_file_validates_as_sarif()
        {
            string root = Path.Combine(RepoPaths.Shared, "corpus", "realworld");
            CliResult result = CliRun.Run(root, "validate", "-f", "sarif", "taskdefs", "placement");
            AssertValid(result.Stdout);
        }
    }
}
