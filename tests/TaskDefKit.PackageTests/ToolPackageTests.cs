using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;

namespace TaskDefKit.PackageTests
{
    /// <summary>
    /// Packs the `taskdef` tool as it ships (a pointer package, ReadyToRun packages for linux-x64 and linux-arm64 and
    /// a portable fallback), installs it the way docs/using.md says (`dotnet tool install --tool-path … --add-source
    /// … --prerelease`) into a temporary folder, and runs it on a file.
    /// </summary>
    public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.InstalledTool>
    {
        private readonly InstalledTool _tool;

        public ToolPackageTests(InstalledTool tool)
        {
            _tool = tool;
        }

        [Fact]
        public void Pack_makes_the_pointer_package_and_one_per_runtime_plus_the_portable_fallback()
        {
            string[] packages = Directory.GetFiles(_tool.Feed, "*.nupkg").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
            Assert.Equal(
                new[] { "TaskDefKit.Cli", "TaskDefKit.Cli.any", "TaskDefKit.Cli.linux-arm64", "TaskDefKit.Cli.linux-x64" }.Select(id => id + "." + _tool.Version + ".nupkg"),
                packages);
            using ZipArchive x64 = ZipFile.OpenRead(Path.Combine(_tool.Feed, "TaskDefKit.Cli.linux-x64." + _tool.Version + ".nupkg"));
            using ZipArchive any = ZipFile.OpenRead(Path.Combine(_tool.Feed, "TaskDefKit.Cli.any." + _tool.Version + ".nupkg"));
            // ReadyToRun code makes the RID-specific taskdef.dll clearly larger than the portable IL-only one.
            long Size(ZipArchive archive) => archive.Entries.Single(e => e.Name == "taskdef.dll").Length;
            Assert.True(Size(x64) > Size(any) * 5 / 4, "linux-x64 " + Size(x64) + " bytes, any " + Size(any) + " bytes");
        }

        [Fact]
        public void Installed_tool_validates_a_file()
        {
            Assert.True(_tool.InstallExitCode == 0, _tool.InstallOutput);
            string file = Path.Combine(_tool.Root, "task.json");
            File.WriteAllText(file, "{ \"family\": \"web\", \"networkMode\": \"bridge\", \"requiresCompatibilities\": [\"FARGATE\"], \"cpu\": \"256\", \"memory\": \"512\",\n"
                + "  \"containerDefinitions\": [ { \"name\": \"web\", \"image\": \"nginx:1.27\", \"essential\": true } ] }\n");
            (int exitCode, string output) = IsolatedDotnet.RunProgram(Path.Combine(_tool.ToolPath, "taskdef"), _tool.Root, null, new[] { "validate", "task.json" });
            Assert.True(exitCode == 1, output);
            Assert.Contains("task.json:1:", output, StringComparison.Ordinal);
            Assert.Contains("error TDK1008", output, StringComparison.Ordinal);
            Assert.Contains("1 file, 1 task definition(s)", output, StringComparison.Ordinal);
        }

        [Fact]
        public void The_runtime_specific_package_is_the_one_installed_here()
        {
            Assert.True(_tool.InstallExitCode == 0, _tool.InstallOutput);
            string rid = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
            string store = Path.Combine(_tool.ToolPath, ".store", "taskdefkit.cli", _tool.Version);
            Assert.True(Directory.Exists(Path.Combine(store, "taskdefkit.cli." + rid)), string.Join("\n", Directory.GetDirectories(store)));
        }

        /// <summary>Packs and installs once for all tests of the class.</summary>
        public sealed class InstalledTool : IDisposable
        {
            public InstalledTool()
            {
                Root = IsolatedDotnet.NewTempFolder("taskdefkit-tool-test-");
                Feed = Path.Combine(Root, "feed");
                ToolPath = Path.Combine(Root, "tool");
                Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                string project = Path.Combine(RepoPaths.Root, "src", "TaskDefKit.Cli", "TaskDefKit.Cli.csproj");
                (int packExit, string packOutput) = IsolatedDotnet.Run(RepoPaths.Root, Path.Combine(Root, "artifacts"), new[] { "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version });
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);

                // Only the feed: the test version must come from it, and a private packages folder keeps it out of
                // the machine's cache.
                File.WriteAllText(Path.Combine(Root, "nuget.config"), "<configuration><packageSources><clear /></packageSources></configuration>");
                (InstallExitCode, InstallOutput) = IsolatedDotnet.Run(Root, null,
                    new[] { "tool", "install", "--tool-path", ToolPath, "TaskDefKit.Cli", "--add-source", Feed, "--prerelease" },
                    packages: Path.Combine(Root, "packages"));
            }

            public string Root { get; }

            public string Feed { get; }

            public string ToolPath { get; }

            public string Version { get; }

            public int InstallExitCode { get; }

            public string InstallOutput { get; }

            public void Dispose()
            {
                try
                {
                    Directory.Delete(Root, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
