using System;
using System.Globalization;
using System.IO;

namespace TaskDefKit.PackageTests
{
    /// <summary>
    /// The organisation policy as a package user meets it: a project referencing the packed package (from a private
    /// feed, never the repository's own build output) with a <c>.taskdefkit.json</c> beside it. The package's props add
    /// the file as an additional file; a plain <c>dotnet build</c> fails on an image from a registry the policy does not
    /// allow, naming the policy file and line, and reports the file's <c>requireAwsvpcNetworkMode</c> (TDK6034) too.
    /// </summary>
    public sealed class PolicyPackageTests : IClassFixture<PolicyPackageTests.PackedConsumer>
    {
        private const string Config = "{\n  \"policy\": {\n    \"allowedRegistries\": [\"*.dkr.ecr.*.amazonaws.com\"]\n  },\n  \"requireAwsvpcNetworkMode\": true\n}\n";

        // Line 9 sets the image, line 8 the network mode: the findings belong there.
        private const string Program = "using TaskDefKit.Builders;\n\npublic static class Program\n{\n    public static void Main()\n    {\n        TaskDefinitionBuildResult web = TaskDefinitionBuilder.Create(\"web\")\n            .Bridge()\n            .Container(\"web\", c => c.Image(\"quay.io/team/web:1.2\").Memory(256))\n            .Build();\n        System.Console.WriteLine(web.Diagnostics.Count);\n    }\n}\n";

        private readonly PackedConsumer _consumer;

        public PolicyPackageTests(PackedConsumer consumer)
        {
            _consumer = consumer;
        }

        [Fact]
        public void A_policy_violation_fails_the_build_naming_the_policy_file_and_line()
        {
            (int exit, string output) = _consumer.Build("violation", Program);
            Assert.True(exit != 0, output);
            Assert.Matches(@"Program\.cs\(9,\d+\): error TDK9402: Image 'quay\.io/team/web:1\.2'", output);
            Assert.Contains("policy \"allowedRegistries\" at ", output, StringComparison.Ordinal);
            Assert.Contains(".taskdefkit.json:3", output, StringComparison.Ordinal);
            Assert.Matches(@"Program\.cs\(8,\d+\): warning TDK6034:", output);
            Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        }

        [Fact]
        public void An_allowed_image_on_awsvpc_builds_clean()
        {
            string compliant = Program
                .Replace("quay.io/team/web:1.2", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2", StringComparison.Ordinal)
                .Replace(".Bridge()", ".AwsVpc()", StringComparison.Ordinal);
            (int exit, string output) = _consumer.Build("compliant", compliant);
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("TDK9402", output, StringComparison.Ordinal);
            Assert.DoesNotContain("TDK6034", output, StringComparison.Ordinal);
        }

        /// <summary>Packs once into a private feed; each build writes its own consumer project beside the feed.</summary>
        public sealed class PackedConsumer : IDisposable
        {
            private readonly string _root;
            private readonly string _feed;
            private readonly string _packages;
            private readonly string _version;

            public PackedConsumer()
            {
                _root = IsolatedDotnet.NewTempFolder("taskdefkit-policy-package-");
                _feed = Path.Combine(_root, "feed");
                _packages = Path.Combine(_root, "packages");
                _version = "0.0.0-policy." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                string repo = RepoPaths.Root;
                (int packExit, string packOutput) = IsolatedDotnet.Run(repo, Path.Combine(_root, "artifacts"), new[] { "pack", Path.Combine(repo, "src", "TaskDefKit", "TaskDefKit.csproj"), "-c", "Release", "-o", _feed, "-p:Version=" + _version });
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);
                Assert.Single(Directory.GetFiles(_feed, "TaskDefKit." + _version + ".nupkg"));
            }

            /// <summary>Writes a consumer named <paramref name="name"/> with the policy file and <paramref name="program"/>, and builds it.</summary>
            public (int ExitCode, string Output) Build(string name, string program)
            {
                string consumer = Path.Combine(_root, name);
                Directory.CreateDirectory(consumer);
                File.WriteAllText(Path.Combine(consumer, "nuget.config"),
                    "<configuration><packageSources><clear /><add key=\"test\" value=\"" + _feed + "\" /></packageSources></configuration>");
                File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
                    "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>" +
                    "<ImportDirectoryBuildProps>false</ImportDirectoryBuildProps><ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets></PropertyGroup>" +
                    "<ItemGroup><PackageReference Include=\"TaskDefKit\" Version=\"" + _version + "\" /></ItemGroup></Project>");
                File.WriteAllText(Path.Combine(consumer, ".taskdefkit.json"), Config);

                // TDK6034 is a suggestion by default; raised so that the build output shows it.
                File.WriteAllText(Path.Combine(consumer, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.TDK6034.severity = warning\n");
                File.WriteAllText(Path.Combine(consumer, "Program.cs"), program);
                return IsolatedDotnet.Run(consumer, Path.Combine(_root, "artifacts-" + name), new[] { "build", "Consumer.csproj", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false" }, _packages);
            }

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
