using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TaskDefKit.PackageTests
{
    /// <summary>
    /// The README's builder example, built against the packed package under each TaskDefKitProfile: no TDK warning under
    /// the default (with TreatWarningsAsErrors), the Security Hub findings as warnings under <c>security</c>, errors under
    /// <c>strict</c>; an unknown profile stops the build with a clear message.
    /// </summary>
    public sealed class ProfilePackageTests : IClassFixture<ProfilePackageTests.PackedConsumer>
    {
        private readonly PackedConsumer _consumer;

        public ProfilePackageTests(PackedConsumer consumer)
        {
            _consumer = consumer;
        }

        [Fact]
        public void Package_ships_a_globalconfig_per_profile_and_the_props_that_selects_one()
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(_consumer.PackagePath);
            string[] names = archive.Entries.Select(e => e.FullName).ToArray();
            foreach (string profile in new[] { "default", "security", "strict" })
            {
                Assert.Contains(names, n => n.EndsWith("profiles/taskdefkit_" + profile + ".globalconfig", StringComparison.Ordinal) && n.StartsWith("build/", StringComparison.Ordinal));
                Assert.Contains(names, n => n.EndsWith("profiles/taskdefkit_" + profile + ".globalconfig", StringComparison.Ordinal) && n.StartsWith("buildTransitive/", StringComparison.Ordinal));
            }

            Assert.Contains(names, n => n.StartsWith("build/", StringComparison.Ordinal) && n.EndsWith("/TaskDefKit.props", StringComparison.Ordinal));
        }

        [Fact]
        public void Default_profile_builds_the_readme_example_with_warnings_as_errors()
        {
            (int exit, string output) = _consumer.Build("default", treatWarningsAsErrors: true);
            Assert.True(exit == 0, output);
            Assert.DoesNotMatch(@"(warning|error) TDK\d{4}", output);
        }

        [Fact]
        public void Security_profile_reports_the_security_hub_findings_as_warnings()
        {
            (int exit, string output) = _consumer.Build("security", treatWarningsAsErrors: false);
            Assert.True(exit == 0, output);
            Assert.Matches(@"Program\.cs\(\d+,\d+\): warning TDK6022:", output);
            Assert.Matches(@"Program\.cs\(\d+,\d+\): warning TDK6023:", output);
            Assert.DoesNotMatch(@"error TDK\d{4}", output);
        }

        [Fact]
        public void Strict_profile_turns_them_into_errors()
        {
            (int exit, string output) = _consumer.Build("strict", treatWarningsAsErrors: false);
            Assert.NotEqual(0, exit);
            Assert.Matches(@"Program\.cs\(\d+,\d+\): error TDK6022:", output);
            Assert.Matches(@"Program\.cs\(\d+,\d+\): error TDK6023:", output);
        }

        [Fact]
        public void Unknown_profile_stops_the_build_naming_the_profiles()
        {
            (int exit, string output) = _consumer.Build("paranoid", treatWarningsAsErrors: false);
            Assert.NotEqual(0, exit);
            Assert.Contains("TaskDefKitProfile 'paranoid' is not a TaskDefKit profile; use default, security or strict.", output, StringComparison.Ordinal);
        }

        /// <summary>Packs once, writes a consumer whose Program.cs is the README's first C# block.</summary>
        public sealed class PackedConsumer : IDisposable
        {
            private readonly string _root;
            private readonly string _consumer;
            private readonly string _packages;

            public PackedConsumer()
            {
                _root = IsolatedDotnet.NewTempFolder("taskdefkit-profile-test-");
                string feed = Path.Combine(_root, "feed");
                _consumer = Path.Combine(_root, "consumer");
                _packages = Path.Combine(_root, "packages");
                Directory.CreateDirectory(_consumer);
                string version = "0.0.0-profile." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                string repo = RepoPaths.Root;
                (int packExit, string packOutput) = IsolatedDotnet.Run(repo, Path.Combine(_root, "artifacts"), new[] { "pack", Path.Combine(repo, "src", "TaskDefKit", "TaskDefKit.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version });
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
                PackagePath = Directory.GetFiles(feed, "TaskDefKit." + version + ".nupkg").Single();

                File.WriteAllText(Path.Combine(_consumer, "nuget.config"),
                    "<configuration><packageSources><clear /><add key=\"test\" value=\"" + feed + "\" /></packageSources></configuration>");
                File.WriteAllText(Path.Combine(_consumer, "Consumer.csproj"),
                    "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>" +
                    "<ImportDirectoryBuildProps>false</ImportDirectoryBuildProps><ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets></PropertyGroup>" +
                    "<ItemGroup><PackageReference Include=\"TaskDefKit\" Version=\"" + version + "\" /></ItemGroup></Project>");
                File.WriteAllText(Path.Combine(_consumer, "Program.cs"),
                    "using System;\nusing TaskDefKit.Builders;\nusing TaskDefKit.Validation;\n\npublic static class Program\n{\n    public static void Main()\n    {\n"
                    + ReadmeExample() + "    }\n}\n");
            }

            public string PackagePath { get; }

            /// <summary>Builds the consumer with <c>-p:TaskDefKitProfile=<paramref name="profile"/></c> into its own artifacts folder.</summary>
            public (int ExitCode, string Output) Build(string profile, bool treatWarningsAsErrors) =>
                IsolatedDotnet.Run(_consumer, Path.Combine(_root, "consumer-" + profile), new[]
                {
                    "build", "Consumer.csproj", "-nologo", "-v:q", "-p:TaskDefKitProfile=" + profile,
                    "-p:TreatWarningsAsErrors=" + (treatWarningsAsErrors ? "true" : "false"),
                }, _packages);

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

            // The README's first ```csharp block: the builder quick-start, exactly as a reader copies it.
            private static string ReadmeExample()
            {
                string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
                Match block = Regex.Match(readme, "```csharp\n(.*?)```", RegexOptions.Singleline);
                Assert.True(block.Success, "README.md has no C# block");
                Assert.Contains("TaskDefinitionBuilder.Create", block.Groups[1].Value, StringComparison.Ordinal);
                return string.Concat(block.Groups[1].Value.Split('\n').Select(line => line.Length == 0 ? "\n" : "        " + line + "\n"));
            }
        }
    }
}
