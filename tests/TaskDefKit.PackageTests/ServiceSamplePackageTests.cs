using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace TaskDefKit.PackageTests
{
    /// <summary>
    /// samples/Service as a user gets it: a private copy of the sample (its own project file and sources) built against
    /// the packed TaskDefKit from a temporary folder feed, analyzers included, warnings as errors; then run, and its files
    /// checked with AWS's offline validator.
    /// </summary>
    public sealed class ServiceSamplePackageTests : IClassFixture<ServiceSamplePackageTests.SampleRun>
    {
        private readonly SampleRun _run;

        public ServiceSamplePackageTests(SampleRun run)
        {
            _run = run;
        }

        [Fact]
        public void The_sample_builds_against_the_package_without_warnings_and_runs()
        {
            Assert.True(_run.BuildExit == 0, _run.BuildOutput);
            Assert.DoesNotMatch(@"(warning|error) [A-Z]+\d+:", _run.BuildOutput);
            Assert.True(_run.RunExit == 0, _run.RunOutput);
        }

        [Fact]
        public void Its_service_task_definition_and_cluster_pass_ecs_validate()
        {
            Assert.True(_run.RunExit == 0, _run.RunOutput);
            string Output(string file) => Path.Combine(_run.OutputFolder, file);
            Assert.True(EcsValidateOracle.ValidateFiles(new[] { Output("web-service.json") }, strict: true, operation: "CreateService").AllValid);
            Assert.True(EcsValidateOracle.ValidateFiles(new[] { Output("web-taskdef.json") }, strict: true).AllValid);
            Assert.True(EcsValidateOracle.ValidateFiles(new[] { Output("cluster.json") }, strict: true, operation: "CreateCluster").AllValid);
        }

        /// <summary>Packs, copies the sample, builds and runs it once for the class.</summary>
        public sealed class SampleRun : IDisposable
        {
            private readonly string _root;

            public SampleRun()
            {
                _root = IsolatedDotnet.NewTempFolder("taskdefkit-service-sample-");
                string feed = Path.Combine(_root, "feed");
                string sample = Path.Combine(_root, "Service");
                string packages = Path.Combine(_root, "packages");
                string version = "0.0.0-sample." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                string repo = RepoPaths.Root;
                (int packExit, string packOutput) = IsolatedDotnet.Run(repo, Path.Combine(_root, "artifacts"), new[] { "pack", Path.Combine(repo, "src", "TaskDefKit", "TaskDefKit.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version });
                Assert.True(packExit == 0, "dotnet pack failed:\n" + packOutput);

                // The sample's own project file and sources; in place of the repository's props (which reference the
                // source projects), the few settings a user's project has and the package from the feed.
                Directory.CreateDirectory(sample);
                foreach (string file in Directory.GetFiles(Path.Combine(repo, "samples", "Service")).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
                {
                    File.Copy(file, Path.Combine(sample, Path.GetFileName(file)));
                }

                File.WriteAllText(Path.Combine(sample, "Directory.Build.props"),
                    "<Project><PropertyGroup><Nullable>enable</Nullable><LangVersion>latest</LangVersion><TreatWarningsAsErrors>true</TreatWarningsAsErrors>" +
                    "<InvariantGlobalization>true</InvariantGlobalization></PropertyGroup>" +
                    "<ItemGroup><PackageReference Include=\"TaskDefKit\" Version=\"" + version + "\" /></ItemGroup></Project>");
                File.WriteAllText(Path.Combine(sample, "nuget.config"),
                    "<configuration><packageSources><clear /><add key=\"test\" value=\"" + feed + "\" /></packageSources></configuration>");

                string artifacts = Path.Combine(_root, "sample-artifacts");
                (BuildExit, BuildOutput) = IsolatedDotnet.Run(sample, artifacts, new[] { "build", "Service.csproj", "-nologo", "-v:q" }, packages);
                OutputFolder = Path.Combine(_root, "out");
                if (BuildExit == 0)
                {
                    string assembly = Directory.GetFiles(Path.Combine(artifacts, "bin"), "TaskDefKit.Samples.Service.dll", SearchOption.AllDirectories).Single();
                    (RunExit, RunOutput) = IsolatedDotnet.Run(sample, null, new[] { assembly, OutputFolder });
                }
                else
                {
                    (RunExit, RunOutput) = (-1, "not run: the build failed");
                }
            }

            public int BuildExit { get; }

            public string BuildOutput { get; }

            public int RunExit { get; }

            public string RunOutput { get; }

            public string OutputFolder { get; }

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
