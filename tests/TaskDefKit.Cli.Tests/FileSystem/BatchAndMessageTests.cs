using System;
using System.IO;
using System.Text.Json;
using TaskDefKit.Cli.Output;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Cli.Validation;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Cli.Tests.FileSystem
{
    /// <summary>One failing input never ends the run; messages name exact sizes and never print raw control characters.</summary>
    public class BatchAndMessageTests
    {
        private const string FaultMarker = "taskdef-test-fault";

        private static string Valid => File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json"));

        static BatchAndMessageTests()
        {
            FileValidator.FaultMarkerForTests = FaultMarker;
        }

        [Theory]
        [InlineData("json")]
        [InlineData("sarif")]
        public void A_failing_input_is_a_TDK0003_finding_and_the_report_stays_well_formed(string format)
        {
            using var temp = new TempFolder();
            temp.Write("d/a.json", Valid);
            temp.Write("d/b-" + FaultMarker + ".json", Valid);
            temp.Write("d/c.json", Valid);
            CliResult result = CliRun.Run(temp.Path, "validate", "-f", format, "d");
            Assert.True(result.ExitCode == 1, result.ToString());
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            Assert.Contains("\"ruleId\":\"TDK0003\"", result.Stdout);
            Assert.Contains("internal error while validating this input (InvalidOperationException: injected fault)", result.Stdout);
            Assert.Contains("3 files, 2 task definition(s)", result.Stderr);
        }

        [Fact]
        public void Nothing_validated_exits_2_and_says_so()
        {
            using var temp = new TempFolder();
            temp.Write("tf/main.tf", "variable \"image\" {}\nresource \"aws_s3_bucket\" \"b\" {}\n"); // Terraform without a task definition
            temp.Write("yaml/config.yaml", "name: not a template\n");
            temp.Write("template.yaml", "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n");
            foreach (string input in new[] { "tf", "yaml", "template.yaml" })
            {
                CliResult result = CliRun.Run(temp.Path, "validate", input);
                Assert.True(result.ExitCode == 2, input + ": " + result);
            }

            CliResult yaml = CliRun.Run(temp.Path, "validate", "yaml");
            Assert.Contains("taskdef: nothing was validated", yaml.Stderr);
            temp.Write("yaml/web.json", Valid);
            Assert.Equal(0, CliRun.Run(temp.Path, "validate", "yaml").ExitCode);
        }

        [Fact]
        public void A_file_name_cannot_forge_a_finding_line()
        {
            using var temp = new TempFolder();
            string name = "x.json\nvalid.json:1:1: info TDK0000: \u001b[32mall good";
            temp.Write(name, "{");
            CliResult result = CliRun.Run(temp.Path, "validate", name);
            string[] lines = result.Stdout.TrimEnd('\n').Split('\n');
            Assert.Single(lines);
            Assert.StartsWith("x.json\\nvalid.json:1:1: info TDK0000: \\u001b[32mall good:1:2: error TDK0001", lines[0]);
        }

        [Fact]
        public void A_message_quoting_megabytes_is_shortened_in_every_format()
        {
            string huge = new string('x', 5 * 1024 * 1024);
            var finding = new RuleDiagnostic(RuleIds.MalformedJson, RuleSeverity.Error, "the value '" + huge + "' is wrong; use a shorter one", string.Empty, new SourceLocation("f.json", 1, 1));
            string line = TextFormatter.Line(finding, "f.json", color: false);
            Assert.True(line.Length < TerminalText.MaxMessageLength + 200, "line of " + line.Length);
            Assert.EndsWith("is wrong; use a shorter one", line);
            Assert.Contains("characters left out", line);
        }

        [Fact]
        public void Sizes_are_exact()
        {
            using var temp = new TempFolder();
            string path = Path.Combine(temp.Path, "big.json");
            using (var stream = new FileStream(path, FileMode.Create))
            {
                stream.SetLength((10L * 1024 * 1024) + 1);
            }

            CliResult result = CliRun.Run(temp.Path, "validate", "big.json");
            Assert.Contains("the file is 10,485,761 bytes, larger than the 10 MB limit", result.Stdout);
        }

        [Theory]
        [InlineData("99999999999999999GB")]
        [InlineData("9223372036854775807")]
        [InlineData("3GB")]
        public void Max_file_size_beyond_what_can_be_held_is_refused_clearly(string size)
        {
            using var temp = new TempFolder();
            temp.Write("web.json", Valid);
            CliResult result = CliRun.Run(temp.Path, "validate", "--max-file-size", size, "web.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--max-file-size: '" + size + "'", result.Stderr);
            Assert.DoesNotContain("internal error", result.Stderr);
        }

        [Theory]
        [InlineData("0", "\"maxFileSize\" must be a number of bytes from 1 to 2146435072 (2047 MB), not 0")]
        [InlineData("-1", "\"maxFileSize\" must be a number of bytes from 1 to 2146435072 (2047 MB), not -1")]
        [InlineData("\"10MB\"", "\"maxFileSize\" must be a number of bytes, like 10485760")]
        [InlineData("99999999999999999999", "\"maxFileSize\" must be a number of bytes, like 10485760")]
        public void Config_max_file_size_is_checked_without_dotnet_type_names(string value, string message)
        {
            using var temp = new TempFolder();
            temp.Write("web.json", Valid);
            temp.Write(".taskdefkit.json", "{ \"maxFileSize\": " + value + " }");
            CliResult result = CliRun.Run(temp.Path, "validate", "web.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(message, result.Stderr);
            Assert.DoesNotContain("System.", result.Stderr);
        }
    }
}
