using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TaskDefKit.PackageTests
{
    /// <summary>
    /// Packs TaskDefKit at a throwaway version into a temporary feed, then really builds a small consumer project from
    /// that feed (own NUGET_PACKAGES folder, so the machine's cache is not touched) and checks what the compiler loaded
    /// and reported: TDK diagnostics at the expected lines for a builder chain and an attributed class, an
    /// .editorconfig severity override, and no CS9057 (analyzer built against a newer compiler), CS8032 (analyzer
    /// failed to load) or AD0001 (analyzer threw).
    /// </summary>
    public sealed class PackedPackageTests : IClassFixture<PackedPackageTests.ConsumerBuild>
    {
        private readonly ConsumerBuild _build;

        public PackedPackageTests(ConsumerBuild build)
        {
            _build = build;
        }

        [Fact]
        public void Package_has_the_runtime_and_the_analyzers_and_no_dependency()
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(_build.PackagePath);
            string[] names = archive.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("lib/net10.0/TaskDefKit.dll", names);
            Assert.Contains("analyzers/dotnet/cs/TaskDefKit.Analyzers.dll", names);
            Assert.Contains("analyzers/dotnet/cs/TaskDefKit.CodeFixes.dll", names);
            Assert.Contains("build/net10.0/TaskDefKit.targets", names);
            Assert.Contains("buildTransitive/net10.0/TaskDefKit.targets", names);
            // A framework-neutral build/ folder would make the package "compatible" with net8.0 (see the next test).
            Assert.DoesNotContain(names, n => n.StartsWith("build/TaskDefKit", StringComparison.Ordinal) || n.StartsWith("buildTransitive/TaskDefKit", StringComparison.Ordinal));
            using var nuspec = new StreamReader(archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            Assert.DoesNotContain("<dependency ", nuspec.ReadToEnd(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_net8_consumer_is_refused_at_restore_naming_net10()
        {
            Assert.Contains("NU1202", _build.Net8Output, StringComparison.Ordinal);
            Assert.Contains("net10.0", _build.Net8Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS0246", _build.Net8Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS0103", _build.Net8Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Builder_violation_is_reported_at_its_line() =>
            Assert.Contains(_build.Diagnostics, d => d.Id == "TDK1014" && d.Severity == "error" && d.File == "Program.cs" && d.Line == ConsumerBuild.FargateSizeLine);

        [Fact]
        public void Attributed_class_violation_is_reported_at_its_line() =>
            Assert.Contains(_build.Diagnostics, d => d.Id == "TDK8001" && d.Severity == "error" && d.File == "Attributed.cs" && d.Line == ConsumerBuild.NotPartialLine);

        [Fact]
        public void Editorconfig_severity_override_takes_effect() =>
            Assert.Contains(_build.Diagnostics, d => d.Id == "TDK3016" && d.Severity == "warning" && d.Line == ConsumerBuild.EphemeralStorageLine);

        [Fact]
        public void Analyzers_load_and_do_not_throw()
        {
            Assert.DoesNotContain("CS9057", _build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8032", _build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", _build.Output, StringComparison.Ordinal);
        }

        public sealed record Finding(string File, int Line, string Severity, string Id);

        /// <summary>Packs and builds once for all tests of the class.</summary>
        public sealed class ConsumerBuild : IDisposable
        {
            public const int FargateSizeLine = 6;
            public const int EphemeralStorageLine = 7;
            public const int NotPartialLine = 4;

            private readonly string _root;

            public ConsumerBuild()
            {
                _root = Path.Combine(Path.GetTempPath(), "taskdefkit-package-test-" + Guid.NewGuid().ToString("N"));
                string feed = Path.Combine(_root, "feed");
                string consumer = Path.Combine(_root, "consumer");
                string packages = Path.Combine(_root, "packages");
                Directory.CreateDirectory(consumer);
                string version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

                string repo = RepoPaths.Root;
                // The pack builds src/ under its own artifacts folder and restores into the machine's usual packages folder, so
                // it neither touches src/*/obj or bin (which the solution build is compiling) nor leaves a test version cached.
                (int packExit, string packOutput) = IsolatedDotnet.Run(repo, Path.Combine(_root, "artifacts"), new[] { "pack", Path.Combine(repo, "src", "TaskDefKit", "TaskDefKit.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version });
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
                PackagePath = Directory.GetFiles(feed, "TaskDefKit." + version + ".nupkg").Single();

                File.WriteAllText(Path.Combine(consumer, "nuget.config"),
                    "<configuration><packageSources><clear /><add key=\"test\" value=\"" + feed + "\" /></packageSources></configuration>");
                File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
                    "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>" +
                    "<ImportDirectoryBuildProps>false</ImportDirectoryBuildProps><ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets></PropertyGroup>" +
                    "<ItemGroup><PackageReference Include=\"TaskDefKit\" Version=\"" + version + "\" /></ItemGroup></Project>");
                File.WriteAllText(Path.Combine(consumer, ".editorconfig"),
                    "root = true\n[*.cs]\ndotnet_diagnostic.TDK3016.severity = warning\n");
                // Line numbers matter: see the constants above.
                File.WriteAllText(Path.Combine(consumer, "Program.cs"),
                    "using TaskDefKit.Builders;\n" +
                    "public static class Program\n" +
                    "{\n" +
                    "    public static void Main() =>\n" +
                    "        System.Console.WriteLine(TaskDefinitionBuilder.Create(\"web\").Fargate()\n" +
                    "            .Cpu(\"256\").Memory(\"4096\")\n" +
                    "            .EphemeralStorage(500)\n" +
                    "            .Container(\"web\", c => c.Image(\"nginx:1.27\"))\n" +
                    "            .Build().HasErrors);\n" +
                    "}\n");
                File.WriteAllText(Path.Combine(consumer, "Attributed.cs"),
                    "using TaskDefKit.Attributes;\n" +
                    "\n" +
                    "[TaskDefinition(\"worker\")]\n" +
                    "public static class Worker\n" +
                    "{\n" +
                    "    [Container(\"worker\", \"nginx:1.27\", Memory = 256)]\n" +
                    "    public static object? WorkerContainer { get; }\n" +
                    "}\n");

                (_, Output) = IsolatedDotnet.Run(consumer, Path.Combine(_root, "consumer-artifacts"), new[] { "build", "Consumer.csproj", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false" }, packages);

                // The same consumer on net8.0, which TaskDefKit does not support: the build must stop at restore.
                string net8 = Path.Combine(_root, "net8-consumer");
                Directory.CreateDirectory(net8);
                foreach (string file in new[] { "nuget.config", "Program.cs" })
                {
                    File.Copy(Path.Combine(consumer, file), Path.Combine(net8, file));
                }

                File.WriteAllText(Path.Combine(net8, "Consumer.csproj"), File.ReadAllText(Path.Combine(consumer, "Consumer.csproj")).Replace("net10.0", "net8.0", StringComparison.Ordinal));
                (_, Net8Output) = IsolatedDotnet.Run(net8, Path.Combine(_root, "net8-artifacts"), new[] { "build", "Consumer.csproj", "-nologo", "-v:q" }, packages);
                Diagnostics = Regex.Matches(Output, @"([\w.]+\.cs)\((\d+),\d+\): (error|warning|info) (\w+):")
                    .Select(m => new Finding(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), m.Groups[3].Value, m.Groups[4].Value))
                    .ToArray();
            }

            public string PackagePath { get; }

            public string Output { get; }

            /// <summary>What `dotnet build` printed for the net8.0 consumer.</summary>
            public string Net8Output { get; }

            public Finding[] Diagnostics { get; }

            public void Dispose()
            {
                try
                {
                    Directory.Delete(_root, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
