using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.FileSystem
{
    /// <summary>
    /// Inputs cannot make a run go on forever or read without bound: each real file is visited once whatever links
    /// lead to it, FIFOs and devices never block and are read with the size cap, names are taken literally on request.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public class InputWalkTests
    {
        private static string Valid => File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json"));

        /// <summary>Runs validate -f json with a time limit (a walk that runs away fails the test instead of hanging it).</summary>
        private static (CliResult Result, JsonElement Summary) ValidateJson(string folder, params string[] inputs)
        {
            var args = new System.Collections.Generic.List<string> { "validate", "-f", "json" };
            args.AddRange(inputs);
            // A walk that runs away fails the test after a minute instead of hanging the suite.
            Task<CliResult> run = Task.Run(() => CliRun.Run(folder, args.ToArray()));
            if (Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))).GetAwaiter().GetResult() != run)
            {
                Assert.Fail("validate did not finish within 60 s");
            }

            CliResult result = run.GetAwaiter().GetResult();
            using JsonDocument report = JsonDocument.Parse(result.Stdout);
            return (result, report.RootElement.GetProperty("summary").Clone());
        }

        [Fact]
        public void Symlink_loops_in_a_folder_visit_each_real_file_once()
        {
            using var temp = new TempFolder();
            temp.Write("d/web.json", Valid);
            temp.Write("d/sub/api.json", Valid);
            File.CreateSymbolicLink(Path.Combine(temp.Path, "d", "a"), ".");
            File.CreateSymbolicLink(Path.Combine(temp.Path, "d", "b"), ".");
            File.CreateSymbolicLink(Path.Combine(temp.Path, "d", "sub", "up"), "..");
            File.CreateSymbolicLink(Path.Combine(temp.Path, "d", "same.json"), "web.json");

            (CliResult result, JsonElement summary) = ValidateJson(temp.Path, "d");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(2, summary.GetProperty("files").GetInt32());

            (CliResult globbed, JsonElement globSummary) = ValidateJson(temp.Path, "d/**/*.json");
            Assert.True(globbed.ExitCode == 0, globbed.ToString());
            Assert.Equal(2, globSummary.GetProperty("files").GetInt32());

            // The same file named twice, or through a folder and by name, is one input.
            (_, JsonElement twice) = ValidateJson(temp.Path, "d/web.json", "d", "d/same.json");
            Assert.Equal(2, twice.GetProperty("files").GetInt32());
        }

        [Fact]
        public void A_link_to_a_folder_outside_is_followed_once()
        {
            using var temp = new TempFolder();
            temp.Write("common/shared.json", Valid);
            temp.Write("deploy/web.json", Valid);
            File.CreateSymbolicLink(Path.Combine(temp.Path, "deploy", "common"), Path.Combine(temp.Path, "common"));
            (_, JsonElement summary) = ValidateJson(temp.Path, "deploy", "common");
            Assert.Equal(2, summary.GetProperty("files").GetInt32());
        }

        [Fact]
        public void A_fifo_in_a_folder_is_skipped_without_blocking()
        {
            using var temp = new TempFolder();
            temp.Write("d/web.json", Valid);
            MakeFifo(Path.Combine(temp.Path, "d", "pipe.json"));
            (CliResult result, JsonElement summary) = ValidateJson(temp.Path, "d");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("\"note\":\"not a regular file (a FIFO, socket or device); skipped\"", result.Stdout);
            Assert.Equal(1, summary.GetProperty("definitions").GetInt32());
        }

        [Fact]
        public void A_named_fifo_without_a_writer_does_not_block()
        {
            using var temp = new TempFolder();
            MakeFifo(Path.Combine(temp.Path, "pipe.json"));
            (CliResult result, _) = ValidateJson(temp.Path, "pipe.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("TDK0001", result.Stdout);
        }

        [Fact]
        public void A_named_fifo_is_read_with_the_size_cap()
        {
            using var temp = new TempFolder();
            string pipe = Path.Combine(temp.Path, "pipe.json");
            MakeFifo(pipe);

            // Opened read-write, the FIFO has a writer at once (Linux); 4 KB sit in it, more than the 1 KB cap.
            using var writer = new FileStream(pipe, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
            writer.Write(new byte[4096]);
            CliResult result = CliRun.Run(temp.Path, "validate", "--max-file-size", "1KB", "pipe.json");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("pipe.json: error TDK0001: the input is larger than the 1 KB limit", result.Stdout);
        }

        [Fact]
        public void An_endless_device_is_read_with_the_size_cap()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "validate", "--max-file-size", "64KB", "/dev/zero");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("the input is larger than the 64 KB limit", result.Stdout);
        }

        [Fact]
        public void Standard_input_is_read_with_the_size_cap()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.RunWithInput(temp.Path, new byte[5000], "validate", "--max-file-size", "4KB", "-");
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("the input is larger than the 4 KB limit", result.Stdout);
        }

        /// <summary>
        /// Tests run as root, which reads any file whatever its mode: the tool is started without the capabilities
        /// that let root bypass permissions (setpriv), so chmod 000 takes effect as it does for a CI user.
        /// </summary>
        [Fact]
        public void An_unreadable_file_is_one_finding_and_the_others_are_validated()
        {
            using var temp = new TempFolder();
            temp.Write("d/a.json", Valid);
            string locked = temp.Write("d/b.json", Valid);
            temp.Write("d/c.json", Valid);
            File.SetUnixFileMode(locked, UnixFileMode.None);
            CliResult result = Executable.Run(temp.Path, new[] { "validate", "d" }, dropRootPermissions: true);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("d/b.json: error TDK0001: cannot read: permission denied", result.Stdout);
            Assert.Contains("3 files, 2 task definition(s)", result.Stderr);
        }

        [Fact]
        public void A_file_named_like_a_glob_or_a_response_file_can_be_named()
        {
            using var temp = new TempFolder();
            temp.Write("[br].json", Valid);
            temp.Write("b.json", "{");
            temp.Write("@web.json", Valid);

            // An existing name wins over the glob it also is.
            CliResult existing = CliRun.Run(temp.Path, "validate", "[br].json");
            Assert.True(existing.ExitCode == 0, existing.ToString());

            // --literal: never a glob, so a missing "[x].json" is a missing file, not "no file matches".
            CliResult literal = CliRun.Run(temp.Path, "validate", "--literal", "[x].json");
            Assert.Contains("[x].json: error TDK0001: no such file or directory", literal.Stdout);

            // A leading @ reads a response file; ./@name is the file itself.
            CliResult at = CliRun.Run(temp.Path, "validate", "./@web.json");
            Assert.True(at.ExitCode == 0, at.ToString());
        }

        private static void MakeFifo(string path)
        {
            using Process process = Process.Start("mkfifo", path)!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
    }
}
