using System.IO;
using TaskDefKit.Testing;

namespace TaskDefKit.Cli.Tests.Infrastructure
{
    /// <summary>
    /// A consumer project that references the library from source, imports its build targets and sets
    /// TaskDefKitEmitDirectory, with one registered Fargate definition: what the emit-on-build tests build for real.
    /// </summary>
    internal static class EmitOnBuildProject
    {
        /// <summary>Writes Sample.csproj and Definitions.cs; the tool is the built taskdef unless -p:UseDefaultCommand=true.</summary>
        public static void Write(TempFolder temp, string family, string memory)
        {
            string library = Path.Combine(RepoPaths.Root, "src", "TaskDefKit", "TaskDefKit.csproj");
            string targets = Path.Combine(RepoPaths.Root, "src", "TaskDefKit", "build", "TaskDefKit.targets");
            temp.Write("Sample.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TaskDefKitEmitDirectory>$(MSBuildProjectDirectory)/taskdefs</TaskDefKitEmitDirectory>
                    <TaskDefKitEmitCommand Condition="'$(UseDefaultCommand)' != 'true'">dotnet "{Executable.ToolPath}"</TaskDefKitEmitCommand>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{library}" />
                  </ItemGroup>
                  <Import Project="{targets}" />
                </Project>
                """);
            temp.Write("Definitions.cs", """
                using System.Collections.Generic;
                using TaskDefKit.Model;
                using TaskDefKit.Registration;

                [assembly: TaskDefinitionSource(typeof(Sample.Definitions))]

                namespace Sample
                {
                    public sealed class Definitions : ITaskDefinitionSource
                    {
                        public IEnumerable<TaskDefinition> GetTaskDefinitions()
                        {
                            yield return new TaskDefinition
                            {
                                Family = "FAMILY",
                                NetworkMode = NetworkMode.AwsVpc,
                                RequiresCompatibilities = new List<Compatibility> { Compatibility.Fargate },
                                Cpu = "256",
                                Memory = "MEMORY",
                                ContainerDefinitions = new List<ContainerDefinition>
                                {
                                    new ContainerDefinition { Name = "web", Image = "public.ecr.aws/nginx/nginx:1.27", Essential = true },
                                },
                            };
                        }
                    }
                }
                """.Replace("FAMILY", family, System.StringComparison.Ordinal).Replace("MEMORY", memory, System.StringComparison.Ordinal));
        }
    }
}
