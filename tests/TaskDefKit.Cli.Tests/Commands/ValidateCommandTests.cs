using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class ValidateCommandTests
    {
        private static string Fixtures => CliRun.Fixtures;

        [Fact]
        public void Valid_file_exits_0_and_prints_no_findings()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "valid.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("1 file", result.Stderr);
        }

        [Fact]
        public void The_stderr_summary_line_is_the_same_in_every_format()
        {
            string? expected = null;
            foreach (string format in new[] { "text", "json", "sarif" })
            {
                CliResult result = CliRun.Run(Fixtures, "validate", "-f", format, "valid.json", "invalid.json", "template.yaml", "missing.json");
                Assert.True(result.ExitCode == 1, result.ToString());
                string[] lines = result.Stderr.TrimEnd('\n').Split('\n');
                string summary = lines[lines.Length - 1];
                Assert.StartsWith("4 files, 4 task definition(s): ", summary);
                Assert.EndsWith(", 1 could not be read.", summary);
                expected ??= summary;
                Assert.Equal(expected, summary);
            }
        }

        [Fact]
        public void Rule_with_only_rules_validate_does_not_check_is_a_usage_error_and_a_mix_warns()
        {
            CliResult none = CliRun.Run(Fixtures, "validate", "--rule", "TDK7010", "invalid.json");
            Assert.True(none.ExitCode == 2, none.ToString());
            Assert.Equal(string.Empty, none.Stdout);
            Assert.Contains("taskdef: --rule: validate does not check TDK7010 (checked by the library's ServiceValidator", none.Stderr);
            Assert.Contains("nothing would be checked", none.Stderr);

            CliResult generator = CliRun.Run(Fixtures, "validate", "--rule", "TDK8001", "invalid.json");
            Assert.Equal(2, generator.ExitCode);
            Assert.Contains("TDK8001 (checked by the source generator at build time, not by validate)", generator.Stderr);

            CliResult mixed = CliRun.Run(Fixtures, "validate", "--rule", "TDK7010,TDK1010", "invalid.json");
            Assert.True(mixed.ExitCode == 1, mixed.ToString());
            Assert.Contains("taskdef: warning: --rule: validate does not check TDK7010", mixed.Stderr);
            Assert.Contains("error TDK1010", mixed.Stdout);
        }

        [Fact]
        public void Errors_exit_1_with_compiler_style_lines()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "invalid.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("invalid.json:6:13: error TDK1010: 'memory' must be a JSON string", result.Stdout);
        }

        [Fact]
        public void Text_output_has_no_colour_codes_off_a_terminal()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "invalid.json");
            Assert.DoesNotContain("\u001b[", result.Stdout);
        }

        [Fact]
        public void Describe_output_is_read_and_read_only_members_are_warnings()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "describe.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("describe.json:5:5: warning TDK1029: 'revision'", result.Stdout);

            // The fixture is otherwise clean: its only findings are the four read-only members.
            string[] lines = result.Stdout.Trim().Split('\n');
            Assert.Equal(4, lines.Length);
            Assert.All(lines, line => Assert.Contains(": warning TDK1029: ", line));
        }

        [Fact]
        public void Json_format_lists_every_file_with_findings_and_a_summary()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "--format", "json", "invalid.json", "valid.json");
            Assert.Equal(1, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement files = json.RootElement.GetProperty("files");
            Assert.Equal(2, files.GetArrayLength());
            JsonElement finding = files[0].GetProperty("findings")[2]; // by line: TDK1008 (3), TDK1014 (5), TDK1010 (6)
            Assert.Equal("TDK1010", finding.GetProperty("ruleId").GetString());
            Assert.Equal("/memory", finding.GetProperty("pointer").GetString());
            Assert.Equal(6, finding.GetProperty("line").GetInt32());
            Assert.Equal(13, finding.GetProperty("column").GetInt32());
            Assert.Contains("'memory'", finding.GetProperty("message").GetString());
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public void Severity_threshold_hides_lower_findings()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "--severity", "error", "describe.json");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
        }

        [Fact]
        public void Ignore_and_rule_filter_findings()
        {
            // invalid.json has exactly three errors: TDK1010 (memory type), TDK1008 (bridge on Fargate), TDK1014 (cpu 333).
            CliResult ignoredOne = CliRun.Run(Fixtures, "validate", "--ignore", "TDK1010", "invalid.json");
            Assert.Equal(1, ignoredOne.ExitCode);
            Assert.DoesNotContain("TDK1010", ignoredOne.Stdout);
            Assert.Contains("error TDK1008", ignoredOne.Stdout);
            Assert.Contains("error TDK1014", ignoredOne.Stdout);

            CliResult ignoredAll = CliRun.Run(Fixtures, "validate", "--ignore", "TDK1010,TDK1008", "--ignore", "TDK1014", "invalid.json");
            Assert.True(ignoredAll.ExitCode == 0, ignoredAll.ToString());
            Assert.Equal(string.Empty, ignoredAll.Stdout);

            CliResult other = CliRun.Run(Fixtures, "validate", "--rule", "TDK1004,TDK1005", "invalid.json");
            Assert.Equal(0, other.ExitCode);
            Assert.Equal(string.Empty, other.Stdout);

            CliResult only = CliRun.Run(Fixtures, "validate", "--rule", "TDK1010", "invalid.json");
            Assert.Equal(1, only.ExitCode);
            Assert.Equal("invalid.json:6:13: error TDK1010", only.Stdout.Trim().Split('\n')[0].Substring(0, "invalid.json:6:13: error TDK1010".Length));
            Assert.Single(only.Stdout.Trim().Split('\n'));
        }

        [Fact]
        public void Unknown_rule_in_an_option_is_a_usage_error()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "--ignore", "TDK9999", "valid.json");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("unknown rule 'TDK9999'", result.Stderr);
        }

        [Fact]
        public void Usage_errors_exit_2()
        {
            Assert.Equal(2, CliRun.Run(Fixtures, "validate").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "validate", "--format", "xml", "valid.json").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "validate", "--launch-type", "LAMBDA", "valid.json").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "validate", "--bogus", "valid.json").ExitCode);
            Assert.Equal(2, CliRun.Run(Fixtures, "frobnicate").ExitCode);
        }

        [Fact]
        public void Launch_type_option_is_accepted()
        {
            Assert.Equal(0, CliRun.Run(Fixtures, "validate", "--launch-type", "fargate", "valid.json").ExitCode);
        }

        [Fact]
        public void Config_file_suppresses_and_regrades_and_is_found_upward()
        {
            using var temp = new TempFolder();
            temp.Write("deploy/app/task.json", File.ReadAllText(Path.Combine(Fixtures, "invalid.json")));
            Assert.Equal(1, CliRun.Run(temp.Path, "validate", "deploy").ExitCode);

            // The three errors of invalid.json (TDK1010, TDK1008, TDK1014), regraded to warnings by the config file.
            temp.Write(".taskdefkit.json", "{ \"severity\": { \"TDK1010\": \"warning\", \"TDK1008\": \"warning\", \"TDK1014\": \"info\" } }");
            CliResult regraded = CliRun.Run(temp.Path, "validate", "deploy");
            Assert.True(regraded.ExitCode == 0, regraded.ToString());
            Assert.Contains("warning TDK1010", regraded.Stdout);
            Assert.Contains("warning TDK1008", regraded.Stdout);
            Assert.Contains("info TDK1014", regraded.Stdout);

            Assert.Equal(1, CliRun.Run(temp.Path, "validate", "--no-config", "deploy").ExitCode);

            string other = temp.Write("other.json", "{ \"ignore\": [\"TDK1010\", \"TDK1008\", \"TDK1014\"] }");
            CliResult explicitConfig = CliRun.Run(temp.Path, "validate", "--config", other, "deploy");
            Assert.Equal(0, explicitConfig.ExitCode);
            Assert.Equal(string.Empty, explicitConfig.Stdout);
        }

        [Fact]
        public void Bad_config_file_is_a_usage_error_naming_it()
        {
            using var temp = new TempFolder();
            string config = temp.Write("bad.json", "{ \"ignore\": [\"TDK0000X\"] }");
            CliResult result = CliRun.Run(temp.Path, "validate", "--config", config, Path.Combine(Fixtures, "valid.json"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("bad.json", result.Stderr);
        }

        [Fact]
        public void Folders_and_globs_are_expanded_in_a_stable_order()
        {
            using var temp = new TempFolder();
            string valid = File.ReadAllText(Path.Combine(Fixtures, "valid.json"));
            string invalid = File.ReadAllText(Path.Combine(Fixtures, "invalid.json"));
            temp.Write("b/one.json", invalid);
            temp.Write("a/two.json", invalid);
            temp.Write("a/deep/three.json", valid);
            temp.Write("a/readme.md", "# not json");

            CliResult folder = CliRun.Run(temp.Path, "validate", ".");
            Assert.Equal(1, folder.ExitCode);
            // Each invalid copy has its three errors; a/two.json's come first, then b/one.json's; the valid file has none.
            string[] lines = folder.Stdout.Trim().Split('\n');
            Assert.Equal(6, lines.Length);
            Assert.All(lines[..3], line => Assert.StartsWith("a/two.json:", line));
            Assert.All(lines[3..], line => Assert.StartsWith("b/one.json:", line));
            Assert.Contains("3 files", folder.Stderr);

            CliResult glob = CliRun.Run(temp.Path, "validate", "a/**/*.json");
            Assert.Contains("2 files", glob.Stderr);
            Assert.Equal(1, glob.ExitCode);

            CliResult none = CliRun.Run(temp.Path, "validate", "c/*.json");
            Assert.Equal(2, none.ExitCode);
            Assert.Contains("no file matches this pattern", none.Stdout);
        }

        [Fact]
        public void An_empty_folder_says_no_input_files_were_found()
        {
            using var temp = new TempFolder();
            Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));
            temp.Write("other/readme.txt", "not an input");
            foreach (string folder in new[] { "empty", "other" })
            {
                CliResult result = CliRun.Run(temp.Path, "validate", folder);
                Assert.True(result.ExitCode == 2, result.ToString());
                Assert.Contains(folder + ": error TDK0001: no input files under this folder", result.Stdout);

                CliResult json = CliRun.Run(temp.Path, "validate", "-f", "json", folder);
                Assert.Equal(2, json.ExitCode);
                Assert.Contains(folder + ": error TDK0001: no input files under this folder", json.Stderr);
            }
        }

        [Fact]
        public void Many_files_are_reported_in_input_order_whatever_the_parallelism()
        {
            // More files than the in-flight window, alternating clean and invalid, with configs in some folders.
            using var temp = new TempFolder();
            string valid = File.ReadAllText(Path.Combine(Fixtures, "valid.json"));
            string invalid = File.ReadAllText(Path.Combine(Fixtures, "invalid.json"));
            var expected = new System.Collections.Generic.List<string>();
            for (int i = 0; i < 400; i++)
            {
                string name = "d" + (i / 100) + "/f" + i.ToString("D3") + ".json";
                temp.Write(name, i % 3 == 0 ? invalid : valid);
                expected.Add(name);
            }

            // A configuration file in a folder applies to it and is not itself an input (400 files, not 401).
            temp.Write("d2/.taskdefkit.json", "{ \"ignore\": [\"TDK1008\"] }");
            expected.Sort(System.StringComparer.Ordinal);

            CliResult first = CliRun.Run(temp.Path, "validate", "-f", "json", ".");
            Assert.Equal(1, first.ExitCode);
            using JsonDocument json = JsonDocument.Parse(first.Stdout);
            JsonElement files = json.RootElement.GetProperty("files");
            Assert.Equal(400, files.GetArrayLength());
            for (int i = 0; i < 400; i++)
            {
                string file = files[i].GetProperty("file").GetString()!;
                Assert.Equal(expected[i], file);
                int index = int.Parse(file.Substring(file.IndexOf("/f") + 2, 3));
                int findings = files[i].GetProperty("findings").GetArrayLength();
                Assert.Equal(index % 3 != 0 ? 0 : file.StartsWith("d2/") ? 2 : 3, findings);
            }

            for (int run = 0; run < 3; run++)
            {
                Assert.Equal(first.Stdout, CliRun.Run(temp.Path, "validate", "-f", "json", ".").Stdout);
            }
        }

        [Fact]
        public void Standard_input_is_read_with_dash()
        {
            CliResult result = CliRun.RunWithInput(Fixtures, File.ReadAllText(Path.Combine(Fixtures, "invalid.json")), "validate", "-");
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("<stdin>:3:18: error TDK1008", result.Stdout); // the first finding by line
        }

        [Fact]
        public void Output_option_writes_the_report_to_a_file()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(Fixtures, "validate", "-f", "sarif", "-o", Path.Combine(temp.Path, "out.sarif"), "invalid.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("\"ruleId\":\"TDK1010\"", File.ReadAllText(Path.Combine(temp.Path, "out.sarif")));
        }

        [Fact]
        public void Max_file_size_option_is_parsed()
        {
            CliResult result = CliRun.Run(Fixtures, "validate", "--max-file-size", "100B", "valid.json");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("larger than the 100 bytes limit", result.Stdout);
            Assert.Equal(2, CliRun.Run(Fixtures, "validate", "--max-file-size", "lots", "valid.json").ExitCode);
        }
    }
}
