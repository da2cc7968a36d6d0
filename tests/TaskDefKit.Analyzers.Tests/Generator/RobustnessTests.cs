using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>Half-typed and wrong code: the generator and the analyzer never throw (no generator exception, CS8785 or AD0001).</summary>
    public class RobustnessTests
    {
        public static IEnumerable<object[]> HalfTyped()
        {
            const string usings = "using TaskDefKit.Attributes;\nusing TaskDefKit.Model;\n";
            yield return new object[] { usings + "[TaskDefinition(" };
            yield return new object[] { usings + "[TaskDefinition(\"a\"" };
            yield return new object[] { usings + "[TaskDefinition(\"a\", Cpu = )] partial class A { }" };
            yield return new object[] { usings + "[TaskDefinition(null!)] partial class A { [Container(null!, null!)] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\", LaunchTypes = new string[] { null!, \"EC2\" })] partial class A { }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] [PortMapping(] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] [PortMapping(Undefined.Value)] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] [HealthCheck(null!)] [Ulimit(\"nofile\", 1)] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] public static partial Unknown C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] public partial ContainerDefinition C { get; set; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A<T> { [Container(\"c\", \"i\")] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial struct S { }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial record R { [Container(\"c\", \"i\")] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] [TaskDefinition(\"b\")] partial class A { }" };
            yield return new object[] { usings + "class Outer { [TaskDefinition(\"a\")] private partial class A { [Container(\"c\", \"i\")] public static partial ContainerDefinition C { get; } } }" };
            yield return new object[] { usings + "partial class Outer { [TaskDefinition(\"a\")] private partial class A { [Container(\"c\", \"i\")] [DockerVolume(\"v\", DriverOptions = new[] { \"novalue\", null! })] public static partial ContainerDefinition C { get; } } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [LogOption(\"k\", \"v\")] [LogOption(\"k\", \"w\")] [Container(\"c\", \"i\")] [AwsLogs(\"g\", \"r\")] [LogConfiguration(\"splunk\")] public static partial ContainerDefinition C { get; } }" };
            yield return new object[] { usings + "[TaskDefinition(\"a\")] partial class A { [Container(\"c\", \"i\")] public static partial ContainerDefinition C { get; } [Container(\"c\", \"i\")] public static partial ContainerDefinition D { get; } public static int Definition; }" };
        }

        [Theory]
        [MemberData(nameof(HalfTyped))]
        public async Task Incomplete_code_never_throws(string source)
        {
            // Run/AnalyzeAsync assert: no generator exception, no CS8785, no AD0001, no analyzer exception.
            (_, Compilation output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            await GeneratorHarness.AnalyzeAsync(output);
        }
    }
}
