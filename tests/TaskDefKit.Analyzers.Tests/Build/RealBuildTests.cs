using System;
using System.IO;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Build
{
    /// <summary>
    /// A real <c>dotnet build</c> of a tiny project: proves the generator and the analyzer load under the SDK's
    /// compiler (no CS9057/CS8032/AD0001) and that a rule violation is a compiler error with its TDK ID.
    /// </summary>
    public class RealBuildTests
    {
        [Fact]
        public void Dotnet_build_reports_a_TDK_error_from_the_analyzer_and_compiles_the_generated_code()
        {
            string directory = Path.Combine(Path.GetTempPath(), "taskdefkit-build-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string root = RepoPaths.Root;
                File.WriteAllText(Path.Combine(directory, "Probe.csproj"), $$"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                        <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                      </PropertyGroup>
                      <ItemGroup>
                        <ProjectReference Include="{{Path.Combine(root, "src", "TaskDefKit", "TaskDefKit.csproj")}}" />
                        <ProjectReference Include="{{Path.Combine(root, "src", "TaskDefKit.Analyzers", "TaskDefKit.Analyzers.csproj")}}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                      </ItemGroup>
                    </Project>
                    """);
                // Directory.Build.props/Packages.props of the repository do not apply in the temp folder; these stop the search.
                File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
                File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
                File.WriteAllText(Path.Combine(directory, "Probe.cs"), """
                    using TaskDefKit.Attributes;
                    using TaskDefKit.Model;

                    [TaskDefinition("probe", LaunchType = LaunchTypes.Fargate)]
                    public static partial class Probe
                    {
                        [Container("app", "nginx:1.27", Essential = true, Memory = 256)]
                        [DependsOn("missing")]
                        public static partial ContainerDefinition App { get; }
                    }

                    public static class Use
                    {
                        public static string Json => Probe.DefinitionJson + Probe.Definition.Family + Probe.App.Name;
                    }
                    """);

                (int exitCode, string output) = IsolatedDotnet.Run(directory, Path.Combine(directory, "artifacts"), new[] { "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false" });
                Assert.NotEqual(0, exitCode);
                Assert.Contains("error TDK8003", output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS8032", output, StringComparison.Ordinal);
                Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
                Assert.DoesNotContain("error CS", output, StringComparison.Ordinal); // Definition, DefinitionJson and App exist
            }
            finally
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
