using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using TaskDefKit.Cli.Tests.Infrastructure;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>Each bad input gives one line naming the file and the problem, exit 2 when nothing was read, no stack trace.</summary>
    public class BadInputTests
    {
        private static CliResult ValidateOne(TempFolder temp, string name, byte[] content)
        {
            temp.Write(name, content);
            return CliRun.Run(temp.Path, "validate", name);
        }

        private static void AssertOneClearLine(CliResult result, string file, string problem)
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            string[] lines = result.Stdout.Trim().Split('\n');
            Assert.Single(lines);
            Assert.StartsWith(file, lines[0]);
            Assert.Contains(problem, lines[0]);
            Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
            Assert.DoesNotContain("Exception", result.Stdout + result.Stderr);
        }

        [Fact]
        public void Malformed_json()
        {
            using var temp = new TempFolder();
            AssertOneClearLine(ValidateOne(temp, "bad.json", Encoding.UTF8.GetBytes("{ \"family\": \"x\",\n  \"cpu\": }")), "bad.json:2:10", "not valid JSON");
        }

        [Fact]
        public void Malformed_yaml()
        {
            using var temp = new TempFolder();
            AssertOneClearLine(ValidateOne(temp, "bad.yaml", Encoding.UTF8.GetBytes("Resources:\n  Task:\n    Type: [unclosed\n")), "bad.yaml:", "not valid YAML");
        }

        [Fact]
        public void Binary_file()
        {
            using var temp = new TempFolder();
            AssertOneClearLine(ValidateOne(temp, "image.json", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }), "image.json", "binary file");
        }

        [Fact]
        public void File_of_100_MB_is_over_the_size_cap()
        {
            using var temp = new TempFolder();
            string path = Path.Combine(temp.Path, "huge.json");
            using (var stream = new FileStream(path, FileMode.Create))
            {
                stream.SetLength(100L * 1024 * 1024);
            }

            CliResult result = CliRun.Run(temp.Path, "validate", "huge.json");
            AssertOneClearLine(result, "huge.json", "the file is 100 MB, larger than the 10 MB limit");
            File.Delete(path);
        }

        [Fact]
        public void Nesting_10000_deep_json_and_yaml()
        {
            using var temp = new TempFolder();
            string deep = "{\"family\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
            AssertOneClearLine(ValidateOne(temp, "deep.json", Encoding.UTF8.GetBytes(deep)), "deep.json:1:", "depth");

            string deepArray = new string('[', 10_000) + new string(']', 10_000);
            AssertOneClearLine(ValidateOne(temp, "deep-array.json", Encoding.UTF8.GetBytes(deepArray)), "deep-array.json:1:", "depth");

            string deepYaml = "Resources: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
            AssertOneClearLine(ValidateOne(temp, "deep.yaml", Encoding.UTF8.GetBytes(deepYaml)), "deep.yaml:1:", "nesting deeper than 64 levels");
        }

        [Fact]
        public void Invalid_utf8()
        {
            using var temp = new TempFolder();
            byte[] bytes = Encoding.UTF8.GetBytes("{\n  \"family\": \"caf\u00e9\"\n}");
            bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xFF;
            AssertOneClearLine(ValidateOne(temp, "latin.json", bytes), "latin.json:2:17", "not valid UTF-8 (byte 0xFF)");
        }

        [Fact]
        public void Missing_file()
        {
            using var temp = new TempFolder();
            AssertOneClearLine(CliRun.Run(temp.Path, "validate", "nowhere.json"), "nowhere.json", "no such file or directory");
        }

        [Fact]
        public void Empty_file()
        {
            using var temp = new TempFolder();
            AssertOneClearLine(ValidateOne(temp, "empty.json", Array.Empty<byte>()), "empty.json:1:1", "empty");
        }

        [Fact]
        public void Readable_files_beside_a_bad_one_exit_1()
        {
            using var temp = new TempFolder();
            temp.Write("bad.json", "{");
            temp.Write("good.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            CliResult result = CliRun.Run(temp.Path, "validate", "bad.json", "good.json");
            Assert.Equal(1, result.ExitCode);
        }

        [Fact]
        public void Json_and_sarif_also_name_the_problem_on_stderr()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "validate", "-f", "sarif", "nowhere.json");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("nowhere.json: error TDK0001: no such file or directory", result.Stderr);
            Assert.Contains("\"uri\":\"nowhere.json\"", result.Stdout);
        }

        /// <summary>
        /// Tests run as root, which reads any folder whatever its mode. The tool is started with the capabilities
        /// that let root bypass permissions removed (setpriv), so chmod 000 takes effect as it does for a CI user.
        /// </summary>
        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void Unreadable_folder()
        {
            using var temp = new TempFolder();
            temp.Write("locked/task.json", File.ReadAllText(Path.Combine(CliRun.Fixtures, "valid.json")));
            string locked = Path.Combine(temp.Path, "locked");
            File.SetUnixFileMode(locked, UnixFileMode.None);
            try
            {
                CliResult result = Executable.Run(temp.Path, new[] { "validate", "locked" }, dropRootPermissions: true);
                AssertOneClearLine(result, "locked", "cannot list this folder: permission denied");
            }
            finally
            {
                File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
