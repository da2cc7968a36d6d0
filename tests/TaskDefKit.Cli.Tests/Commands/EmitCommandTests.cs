using System;
using System.IO;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Json;

namespace TaskDefKit.Cli.Tests.Commands
{
    public class EmitCommandTests
    {
        private static string TestAssembly => typeof(EmitCommandTests).Assembly.Location;

        [Fact]
        public void Emits_one_file_per_family_deterministically_and_reports_a_throwing_source()
        {
            using var temp = new TempFolder();
            string outFolder = Path.Combine(temp.Path, "out");
            CliResult first = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out");
            Assert.True(first.ExitCode == 1, first.ToString());
            Assert.Contains("ThrowingSource threw InvalidOperationException: the source is broken", first.Stderr);
            Assert.Equal(new[] { "alpha.json", "beta.json", "gamma.json" }, Array.ConvertAll(Sorted(outFolder), Path.GetFileName));
            Assert.Contains("wrote out/alpha.json", first.Stdout);

            byte[] expected = TaskDefinitionJson.SerializeToUtf8(Emit.TwoDefinitions.Make("alpha"));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(outFolder, "alpha.json")));

            DateTime written = File.GetLastWriteTimeUtc(Path.Combine(outFolder, "gamma.json"));
            CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out");
            Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(outFolder, "gamma.json")));
            Assert.Equal(expected, File.ReadAllBytes(Path.Combine(outFolder, "alpha.json")));
        }

        [Fact]
        public void Missing_or_non_assembly_input_exits_2()
        {
            using var temp = new TempFolder();
            Assert.Equal(2, CliRun.Run(temp.Path, "emit", "--assembly", "nowhere.dll", "--out", "out").ExitCode);
            temp.Write("fake.dll", "not an assembly");
            CliResult fake = CliRun.Run(temp.Path, "emit", "--assembly", "fake.dll", "--out", "out");
            Assert.Equal(2, fake.ExitCode);
            Assert.Contains("not a loadable .NET assembly", fake.Stderr);
            Assert.Equal(2, CliRun.Run(temp.Path, "emit", "--out", "out").ExitCode);
        }

        [Fact]
        public void Assembly_without_sources_exits_0_and_says_so()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "emit", "--assembly", typeof(TaskDefinitionJson).Assembly.Location, "--out", "out");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("registers no task definitions", result.Stderr);
        }

        /// <summary>
        /// The MSBuild integration end to end: a tiny project referencing src/TaskDefKit, with TaskDefKitEmitDirectory
        /// set, really built with `dotnet build`; the emitted file must exist and match the library's own bytes.
        /// </summary>
        [Fact]
        public void Dotnet_build_with_TaskDefKitEmitDirectory_emits_the_definitions()
        {
            using var temp = new TempFolder();
            EmitOnBuildProject.Write(temp, family: "sample-web", memory: "512");
            (int exitCode, string output) = IsolatedDotnet.Run(temp.Path, Path.Combine(temp.Path, "artifacts"), new[] { "build", "-nologo", "-v", "q", "-p:TreatWarningsAsErrors=true" });
            Assert.True(exitCode == 0, output);

            string emitted = Path.Combine(temp.Path, "taskdefs", "sample-web.json");
            Assert.True(File.Exists(emitted), output);
            TaskDefinitionDocument document = TaskDefinitionDocument.Load(emitted);
            Assert.Equal("sample-web", document.Definition!.Family);
            Assert.Equal(TaskDefinitionJson.SerializeToUtf8(document.Definition), File.ReadAllBytes(emitted));
        }

        private static string[] Sorted(string folder)
        {
            string[] files = Array.FindAll(Directory.GetFiles(folder), f => Path.GetFileName(f) != ".taskdef-emitted");
            Array.Sort(files, StringComparer.Ordinal);
            return files;
        }
    }
}
