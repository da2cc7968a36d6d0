using System;
using System.IO;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Build
{
    /// <summary>
    /// A real <c>dotnet build</c> with the package's build props (as the package imports them): the props add the
    /// project's <c>.taskdefkit.json</c> as an additional file, and a policy violation in builder code fails the build
    /// with the policy file named.
    /// </summary>
    public class PolicyBuildTests
    {
        [Fact]
        public void A_policy_violation_in_builder_code_fails_the_build_naming_the_policy_file()
        {
            string directory = Path.Combine(Path.GetTempPath(), "taskdefkit-policy-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string root = RepoPaths.Root;
                File.WriteAllText(Path.Combine(directory, "Probe.csproj"), $$"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <Import Project="{{Path.Combine(root, "src", "TaskDefKit", "build", "TaskDefKit.props")}}" />
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
                File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
                File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
                File.WriteAllText(Path.Combine(directory, ".taskdefkit.json"), "{\n  \"policy\": {\n    \"allowedRegistries\": [\"*.dkr.ecr.*.amazonaws.com\"]\n  }\n}\n");
                File.WriteAllText(Path.Combine(directory, "Probe.cs"), """
                    using TaskDefKit.Builders;

                    public static class Definitions
                    {
                        public static TaskDefinitionBuildResult Web() => TaskDefinitionBuilder.Create("web")
                            .Container("web", c => c.Image("quay.io/team/web:1.2").Memory(256))
                            .Build();
                    }
                    """);

                string artifacts = Path.Combine(directory, "artifacts");
                (int exitCode, string output) = IsolatedDotnet.Run(directory, artifacts, new[] { "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false" });
                Assert.True(exitCode != 0, output);
                Assert.Matches(@"Probe\.cs\(6,\d+\): error TDK9402: Image 'quay\.io/team/web:1\.2'", output);
                Assert.Contains("policy \"allowedRegistries\" at " + Path.Combine(directory, ".taskdefkit.json") + ":3", output, StringComparison.Ordinal);
                Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);

                // The near miss: an allowed image builds.
                File.WriteAllText(Path.Combine(directory, "Probe.cs"), File.ReadAllText(Path.Combine(directory, "Probe.cs")).Replace("quay.io/team/web:1.2", "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2", StringComparison.Ordinal));
                (int allowedExit, string allowedOutput) = IsolatedDotnet.Run(directory, artifacts, new[] { "build", "-nologo", "-v:q", "-p:TreatWarningsAsErrors=false" });
                Assert.True(allowedExit == 0, allowedOutput);
                Assert.DoesNotContain("TDK9402", allowedOutput, StringComparison.Ordinal);
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
