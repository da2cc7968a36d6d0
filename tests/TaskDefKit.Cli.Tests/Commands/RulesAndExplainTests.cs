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

            Assert.Contains("TDK0001  error     Input is not readable JSON", result.Stdout);
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
