using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Emit;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Tests.FileSystem
{
    /// <summary>
    /// emit on this test assembly: alpha, beta, gamma (valid), delta (errors), a 251-character family, and a throwing
    /// source. Each refusal is one error line and the other families are still written.
    /// </summary>
    public class EmitSafetyTests
    {
        private static string TestAssembly => typeof(EmitSafetyTests).Assembly.Location;

        private static CliResult RunEmit(TempFolder temp, params string[] extra)
        {
            var args = new List<string> { "emit", "--assembly", TestAssembly, "--out", "out" };
            args.AddRange(extra);
            return CliRun.Run(temp.Path, args.ToArray());
        }

        private static byte[] Alpha => TaskDefinitionJson.SerializeToUtf8(TaskDefKit.Cli.Tests.Emit.TwoDefinitions.Make("alpha"));

        [Fact]
        public void Never_writes_through_a_symbolic_link_in_the_output_folder()
        {
            using var temp = new TempFolder();
            string victim = temp.Write("elsewhere/victim.json", "keep me");
            Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
            File.CreateSymbolicLink(Path.Combine(temp.Path, "out", "alpha.json"), victim);
            CliResult result = RunEmit(temp);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("out/alpha.json: is a symbolic link", result.Stderr);
            Assert.Equal("keep me", File.ReadAllText(victim));
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "beta.json")), result.ToString());
        }

        [Fact]
        public void Does_not_replace_a_hand_written_or_hand_edited_file_without_force()
        {
            using var temp = new TempFolder();
            string alpha = temp.Write("out/alpha.json", "{ \"family\": \"mine\" }");
            CliResult foreign = RunEmit(temp);
            Assert.Contains("out/alpha.json: exists and was not written by taskdef emit; not replaced (--force replaces it)", foreign.Stderr);
            Assert.Equal("{ \"family\": \"mine\" }", File.ReadAllText(alpha));

            RunEmit(temp, "--force");
            Assert.Equal(Alpha, File.ReadAllBytes(alpha));

            File.WriteAllText(alpha, "edited by hand");
            CliResult edited = RunEmit(temp);
            Assert.Contains("out/alpha.json: was edited since emit wrote it; not replaced (--force replaces it)", edited.Stderr);
            Assert.Equal("edited by hand", File.ReadAllText(alpha));
        }

        [Fact]
        public void Clean_removes_files_of_families_that_are_gone_and_keeps_others()
        {
            using var temp = new TempFolder();
            RunEmit(temp);
            string outFolder = Path.Combine(temp.Path, "out");
            string manifest = Path.Combine(outFolder, EmitManifest.FileName);
            Assert.Contains("  alpha.json", File.ReadAllText(manifest));

            // A family emitted by an earlier build and since removed from the code, and a file someone else keeps there.
            File.WriteAllBytes(Path.Combine(outFolder, "retired.json"), Alpha);
            File.AppendAllText(manifest, EmitManifest.Hash(Alpha) + "  retired.json\n");
            File.WriteAllText(Path.Combine(outFolder, "notes.json"), "{}");

            CliResult listed = RunEmit(temp);
            Assert.Contains("out/retired.json is from a family the assembly no longer registers (--clean removes it)", listed.Stderr);
            Assert.True(File.Exists(Path.Combine(outFolder, "retired.json")));

            CliResult cleaned = RunEmit(temp, "--clean");
            Assert.Contains("removed out/retired.json", cleaned.Stdout);
            Assert.False(File.Exists(Path.Combine(outFolder, "retired.json")));
            Assert.True(File.Exists(Path.Combine(outFolder, "notes.json")));
            Assert.DoesNotContain("retired.json", File.ReadAllText(manifest));
        }

        [Fact]
        public void A_definition_with_errors_is_written_only_with_allow_errors()
        {
            using var temp = new TempFolder();
            CliResult refused = RunEmit(temp);
            Assert.Contains("out/delta.json: not written: the definition has errors (fix them, or write it anyway with --allow-errors)", refused.Stderr);
            Assert.False(File.Exists(Path.Combine(temp.Path, "out", "delta.json")));

            CliResult allowed = RunEmit(temp, "--allow-errors");
            Assert.Equal(1, allowed.ExitCode);
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "delta.json")), allowed.ToString());
        }

        [Fact]
        public void A_family_too_long_for_a_file_name_is_a_clear_error_and_later_families_are_written()
        {
            using var temp = new TempFolder();
            CliResult result = RunEmit(temp);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(".json: the name is 256 bytes, more than the 255 a file name may have (shorten the family)", result.Stderr);
            Assert.DoesNotContain("internal error", result.Stderr);
            foreach (string family in new[] { "alpha", "beta", "gamma" })
            {
                Assert.True(File.Exists(Path.Combine(temp.Path, "out", family + ".json")), result.ToString());
            }
        }

        [Fact]
        public void A_folder_in_place_of_a_file_is_a_clear_error_and_other_families_are_written()
        {
            using var temp = new TempFolder();
            Directory.CreateDirectory(Path.Combine(temp.Path, "out", "alpha.json"));
            CliResult result = RunEmit(temp);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("out/alpha.json: is a folder", result.Stderr);
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "gamma.json")), result.ToString());
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_fifo_in_place_of_a_file_is_refused_without_blocking()
        {
            using var temp = new TempFolder();
            Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(temp.Path, "out", "alpha.json"))!)
            {
                mkfifo.WaitForExit();
            }

            CliResult result = RunEmit(temp);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("out/alpha.json: is not a regular file (a FIFO, socket or device); not replaced", result.Stderr);
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "beta.json")), result.ToString());
        }

        [Fact]
        public void An_output_path_that_is_a_file_exits_2_with_a_clear_error()
        {
            using var temp = new TempFolder();
            temp.Write("out", "a file");
            CliResult result = RunEmit(temp);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("taskdef: emit: out: cannot create the output folder: it is a file, not a folder", result.Stderr);
            Assert.Equal("a file", File.ReadAllText(Path.Combine(temp.Path, "out")));
        }
    }
}
