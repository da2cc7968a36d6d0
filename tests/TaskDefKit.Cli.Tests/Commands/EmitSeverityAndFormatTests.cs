using System.IO;
using System.Text.RegularExpressions;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// `taskdef emit` as the build runs it: findings in MSBuild's canonical form, and severities from .editorconfig
    /// (as the compiler read them), overridden by .taskdefkit.json.
    /// </summary>
    public class EmitSeverityAndFormatTests
    {
        private static string TestAssembly => typeof(EmitSeverityAndFormatTests).Assembly.Location;

        [Fact]
        public void Msbuild_format_prints_full_path_line_and_column_in_parentheses()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out", "--format", "msbuild");
            string alpha = Regex.Escape(Path.Combine(temp.Path, "out", "alpha.json"));
            Assert.Matches(new Regex("^" + alpha + @"\(\d+,\d+\): warning TDK6022: .+ \[/containerDefinitions/0/readonlyRootFilesystem\]$", RegexOptions.Multiline), result.Stdout);
            Assert.DoesNotMatch(new Regex(@"\.json:\d+:\d+: "), result.Stdout);
        }

        [Fact]
        public void Editorconfig_severities_apply_and_taskdefkit_json_overrides_them()
        {
            using var temp = new TempFolder();
            temp.Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.TDK6028.severity = error\n\n[*.{cs,vb}]\ndotnet_diagnostic.TDK6022.severity = error # as the compiler\ndotnet_diagnostic.TDK6023.severity = none\n");
            CliResult fromEditorConfig = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out");
            Assert.Contains("out/alpha.json:5:5: error TDK6022", fromEditorConfig.Stdout);
            Assert.DoesNotContain("TDK6023", fromEditorConfig.Stdout);
            Assert.Contains("warning TDK6028", fromEditorConfig.Stdout); // the [*.md] section does not apply to C#

            temp.Write(".taskdefkit.json", "{ \"severity\": { \"TDK6022\": \"info\", \"TDK6023\": \"warning\" } }");
            CliResult overridden = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out");
            Assert.Contains("out/alpha.json:5:5: info TDK6022", overridden.Stdout);
            Assert.Contains("out/alpha.json:5:5: warning TDK6023", overridden.Stdout);
        }
    }
}
