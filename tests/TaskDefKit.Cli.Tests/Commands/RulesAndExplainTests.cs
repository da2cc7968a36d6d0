using System.Linq;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Rules;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class RulesAndExplainTests
    {
        [Fact]
        public void Rules_lists_the_whole_catalog_with_severities()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "rules");
            Assert.Equal(0, result.ExitCode);
            foreach (RuleInfo rule in RuleCatalog.All)
            {
                Assert.Contains(rule.Id + "  ", result.Stdout);
            }

            Assert.Contains("TDK0001  error     yes          Input is not readable JSON", result.Stdout);
        }

        [Fact]
        public void Rules_marks_the_rules_nothing_implements_yet()
        {
            // Reserved rules (catalogued, nothing reports them) are marked "no"; the TDK7xxx rules are reported by
            // validate (service, RunTask and cluster inputs, describe output, CloudFormation services and clusters).
            CliResult text = CliRun.Run(CliRun.Fixtures, "rules");
            Assert.Equal(0, text.ExitCode);
            Assert.Contains("ID       Severity  Implemented  Title", text.Stdout);
            foreach (string reserved in TaskDefKit.Validation.RuleSet.ReservedRuleIds)
            {
                Assert.Matches(reserved + @"  \w+ +no           ", text.Stdout);
            }

            Assert.Matches(@"TDK7010  \w+ +yes          ", text.Stdout);
            Assert.Matches(@"TDK8001  \w+ +generator    ", text.Stdout);
            Assert.Matches(@"TDK7005  \w+ +yes          ", text.Stdout);
            Assert.Matches(@"TDK2001  \w+ +yes          ", text.Stdout);
            Assert.Matches(@"TDK5001  \w+ +yes          ", text.Stdout);
            Assert.Contains("not implemented yet", text.Stdout);

            CliResult result = CliRun.Run(CliRun.Fixtures, "rules", "--format", "json");
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            foreach (JsonElement rule in json.RootElement.EnumerateArray())
            {
                string id = rule.GetProperty("id").GetString()!;
                bool implemented = rule.GetProperty("implemented").GetBoolean();
                if (id.StartsWith("TDK7", System.StringComparison.Ordinal))
                {
                    Assert.True(implemented, id);
                    Assert.Equal("validate", rule.GetProperty("checkedBy").GetString());
                }
                else if (TaskDefKit.Validation.RuleSet.ReservedRuleIds.Contains(id))
                {
                    Assert.False(implemented, id);
                    Assert.False(rule.TryGetProperty("checkedBy", out _), id);
                }
                else if (id is "TDK0001" or "TDK1029" or "TDK2001" or "TDK5001")
                {
                    Assert.True(implemented, id);
                    Assert.Equal("validate", rule.GetProperty("checkedBy").GetString());
                }
                else if (id.StartsWith("TDK8", System.StringComparison.Ordinal))
                {
                    Assert.True(implemented, id);
                    Assert.Equal("generator", rule.GetProperty("checkedBy").GetString());
                }
            }
        }

        [Fact]
        public void Checked_by_says_who_reports_the_rule()
        {
            // The EventBridge, Scheduler and scaling rules run on inputs validate reads; a policy it cannot read stops
            // validate with a usage error, so TDK9401 is the analyzers' (they report it in the build).
            CliResult result = CliRun.Run(CliRun.Fixtures, "rules", "--format", "json");
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            var checkedBy = new System.Collections.Generic.Dictionary<string, string?>();
            foreach (JsonElement rule in json.RootElement.EnumerateArray())
            {
                checkedBy[rule.GetProperty("id").GetString()!] = rule.TryGetProperty("checkedBy", out JsonElement by) ? by.GetString() : null;
            }

            foreach (string id in new[] { "TDK9001", "TDK9003", "TDK9101", "TDK9102", "TDK9201", "TDK9208", "TDK9212", "TDK9402", "TDK9406" })
            {
                Assert.True(checkedBy[id] == "validate", id + ": " + checkedBy[id]);
            }

            Assert.Equal("analyzers", checkedBy["TDK9401"]);
            Assert.DoesNotContain(checkedBy.Values, by => by is "deployment" or "service");
            // Every rule family now has an input `validate` reads (the ECR kinds were the last): none is library-only.
            Assert.DoesNotContain(checkedBy, r => r.Value == "library");

            CliResult text = CliRun.Run(CliRun.Fixtures, "rules");
            Assert.Matches(@"TDK9401  \w+ +analyzers    ", text.Stdout);
            Assert.Matches(@"TDK9001  \w+ +yes          ", text.Stdout);

            CliResult policy = CliRun.Run(CliRun.Fixtures, "validate", "--rule", "TDK9401", "invalid.json");
            Assert.Equal(2, policy.ExitCode);
            Assert.Contains("TDK9401 (reported by the analyzers in the build; validate reports a policy it cannot read as a usage error)", policy.Stderr);
        }

        [Fact]
        public void Rules_as_json()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "rules", "--format", "json");
            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(RuleCatalog.All.Length, json.RootElement.GetArrayLength());
            Assert.Equal("TDK0001", json.RootElement[0].GetProperty("id").GetString());
            Assert.EndsWith("docs/rules/TDK0001.md", json.RootElement[0].GetProperty("helpUri").GetString());
        }

        [Fact]
        public void Explain_prints_the_page_or_the_catalog_entry()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "explain", "tdk1010");
            Assert.Equal(0, result.ExitCode);
            if (ExplainCommandPage("TDK1010") is string page)
            {
                Assert.Equal(page.TrimEnd(), result.Stdout.TrimEnd());
            }
            else
            {
                Assert.Contains("TDK1010: " + RuleCatalog.Get("TDK1010").Title, result.Stdout);
                Assert.Contains(RuleCatalog.HelpUri("TDK1010"), result.Stdout);
            }
        }

        [Fact]
        public void Explain_accepts_the_bare_number()
        {
            CliResult bare = CliRun.Run(CliRun.Fixtures, "explain", "4003");
            Assert.True(bare.ExitCode == 0, bare.ToString());
            Assert.Equal(CliRun.Run(CliRun.Fixtures, "explain", "TDK4003").Stdout, bare.Stdout);
            Assert.Contains("unknown rule '99999'", CliRun.Run(CliRun.Fixtures, "explain", "99999").Stderr);
        }

        [Fact]
        public void Explain_unknown_rule_exits_2()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "explain", "TDK9999");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("unknown rule 'TDK9999'", result.Stderr);
            Assert.Equal(2, CliRun.Run(CliRun.Fixtures, "explain").ExitCode);
        }

        [Fact]
        public void Help_exits_0()
        {
            CliResult result = CliRun.Run(CliRun.Fixtures, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("validate", result.Stdout);
        }

        private static string? ExplainCommandPage(string id) => TaskDefKit.Cli.Commands.ExplainCommand.ReadPage(id);
    }
}
