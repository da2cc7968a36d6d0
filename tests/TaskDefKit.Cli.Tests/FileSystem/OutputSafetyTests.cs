using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.FileSystem
{
    /// <summary>
    /// Nothing taskdef writes can cost data: reports and rendered files are written to a temporary file and renamed,
    /// the output is never an input, and a full disk is one clear line with exit code 2.
    /// </summary>
    public class OutputSafetyTests
    {
        private static string Valid => File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json"));

        [Fact]
        public void Validate_output_that_is_also_an_input_is_refused_and_the_input_is_kept()
        {
            using var temp = new TempFolder();
            temp.Write("td.json", Valid);
            CliResult result = CliRun.Run(temp.Path, "validate", "-o", "td.json", "td.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--output td.json is also an input (td.json)", result.Stderr);
            Assert.Equal(Valid, File.ReadAllText(Path.Combine(temp.Path, "td.json")));

            // The same file through another path (./, a link) is the same input.
            File.CreateSymbolicLink(Path.Combine(temp.Path, "link.json"), Path.Combine(temp.Path, "td.json"));
            Assert.Equal(2, CliRun.Run(temp.Path, "validate", "-o", "./td.json", "link.json").ExitCode);
            Assert.Equal(Valid, File.ReadAllText(Path.Combine(temp.Path, "td.json")));
        }

        [Fact]
        public void Report_inside_the_validated_folder_is_not_read_back_as_an_input()
        {
            using var temp = new TempFolder();
            temp.Write("deploy/web.json", Valid);
            for (int run = 0; run < 2; run++)
            {
                CliResult result = CliRun.Run(temp.Path, "validate", "-f", "json", "-o", "deploy/report.json", "deploy");
                Assert.True(result.ExitCode == 0, result.ToString());
                using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "deploy", "report.json")));
                Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
            }

            Assert.Empty(Directory.GetFiles(Path.Combine(temp.Path, "deploy"), ".taskdef-*"));
        }

        [Fact]
        public void Report_is_not_written_through_a_symbolic_link()
        {
            using var temp = new TempFolder();
            temp.Write("web.json", Valid);
            string victim = temp.Write("elsewhere/victim.txt", "keep me");
            File.CreateSymbolicLink(Path.Combine(temp.Path, "report.txt"), victim);
            CliResult result = CliRun.Run(temp.Path, "validate", "-o", "report.txt", "web.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("is a symbolic link", result.Stderr);
            Assert.Equal("keep me", File.ReadAllText(victim));
        }

        [Fact]
        public void Render_in_place_replaces_the_input_only_with_a_complete_file()
        {
            using var temp = new TempFolder();
            temp.Write("in.json", Valid);
            CliResult result = CliRun.Run(temp.Path, "render", "in.json", "--container", "web", "--image", "nginx:1.28", "-o", "in.json");
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            Assert.Contains("nginx:1.28", File.ReadAllText(Path.Combine(temp.Path, "in.json")));
            Assert.Single(Directory.GetFiles(temp.Path));

            // A write that fails (here: into a folder that does not exist) leaves the input as it was.
            string before = File.ReadAllText(Path.Combine(temp.Path, "in.json"));
            CliResult failed = CliRun.Run(temp.Path, "render", "in.json", "--container", "web", "--image", "nginx:1.29", "-o", "missing/in.json");
            Assert.Equal(2, failed.ExitCode);
            Assert.Equal(before, File.ReadAllText(Path.Combine(temp.Path, "in.json")));
        }

        [Fact]
        public void A_run_that_fails_midway_keeps_the_previous_report_and_leaves_no_temporary_file()
        {
            using var temp = new TempFolder();
            temp.Write("a/web.json", Valid);
            temp.Write("b/web.json", Valid);
            temp.Write("b/.taskdefkit.json", "{ \"maxFileSize\": 0 }");
            string report = temp.Write("report.txt", "previous report");
            CliResult result = CliRun.Run(temp.Path, "validate", "-o", "report.txt", "a", "b");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("previous report", File.ReadAllText(report));
            Assert.Empty(Directory.GetFiles(temp.Path, ".taskdef-*"));
        }

        [Fact]
        public void Disk_full_on_the_report_is_one_clear_line_and_exit_2()
        {
            using var temp = new TempFolder();
            temp.Write("web.json", Valid);
            CliResult result = CliRun.Run(temp.Path, "validate", "-f", "json", "-o", "/dev/full", "web.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("taskdef: cannot write the report /dev/full: No space left on device", result.Stderr);
        }

        [Fact]
        public async Task Disk_full_on_stdout_is_one_clear_line_and_exit_2_in_process()
        {
            using var temp = new TempFolder();
            var stdout = new StreamWriter(new FullStream(), new UTF8Encoding(false), 1024) { NewLine = "\n" };
            var stderr = new StringWriter { NewLine = "\n" };
            var console = new CliConsole(stdout, stderr, () => new MemoryStream(), colorOutput: false, temp.Path);
            int exit = await CliApp.RunAsync(new[] { "rules" }, console);
            Assert.Equal(2, exit);
            Assert.StartsWith("taskdef: cannot write to standard output: No space left on device", stderr.ToString());
            Assert.DoesNotContain("internal error", stderr.ToString());
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Disk_full_on_stdout_of_the_real_process_exits_2_without_an_abort()
        {
            Assert.True(File.Exists("/dev/full"), "/dev/full is needed to show a full disk");
            using var temp = new TempFolder();
            var start = new ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp.Path };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec dotnet \"$0\" rules > /dev/full");
            start.ArgumentList.Add(Executable.ToolPath);
            using Process process = Process.Start(start)!;
            string stderr = process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000));
            Assert.True(process.ExitCode == 2, "exit " + process.ExitCode + ": " + stderr);
            Assert.Contains("taskdef: cannot write to standard output", stderr);
            Assert.DoesNotContain("Unhandled exception", stderr);
        }

        /// <summary>A stream whose every write fails the way a full disk does.</summary>
        private sealed class FullStream : MemoryStream
        {
            public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

            public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");
        }
    }
}
