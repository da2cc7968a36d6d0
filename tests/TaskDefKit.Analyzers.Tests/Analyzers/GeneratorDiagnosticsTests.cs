using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>TDK8001-TDK8005: each fires with its ID, severity and location, and a near miss stays silent.</summary>
    public class GeneratorDiagnosticsTests
    {
        private const string Usings = "using TaskDefKit.Attributes;\nusing TaskDefKit.Model;\n";

        private static string Task(string members, string classAttributes = "", string modifiers = "public static partial") =>
            Usings + "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\n" + classAttributes + "\n" + modifiers + " class T\n{\n" + members + "\n}\n";

        private const string App = "[Container(\"app\", \"nginx:1.27\", Essential = true, Memory = 256)]\npublic static partial ContainerDefinition App { get; }\n";

        private static async Task<ImmutableArray<Diagnostic>> Tdk8(string source)
        {
            (_, ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(source);
            return diagnostics.Where(d => d.Id.StartsWith("TDK8", System.StringComparison.Ordinal)).ToImmutableArray();
        }

        private static void AssertSingle(ImmutableArray<Diagnostic> diagnostics, string id, string spanText)
        {
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(spanText, GeneratorHarness.SpanText(diagnostic));
            Assert.Equal("https://github.com/taskdefkit/taskdefkit/blob/main/docs/rules/" + id + ".md", diagnostic.Descriptor.HelpLinkUri);
        }

        [Fact]
        public async Task TDK8001_non_partial_class()
        {
            string source = Task(string.Empty, modifiers: "public static");
            AssertSingle(await Tdk8(source), "TDK8001", "T");
        }

        [Fact]
        public async Task TDK8001_nested_in_a_non_partial_class()
        {
            string source = Usings + "public class Outer\n{\n[TaskDefinition(\"t\")]\npublic static partial class Inner { }\n}\n";
            ImmutableArray<Diagnostic> diagnostics = await Tdk8(source);
            AssertSingle(diagnostics, "TDK8001", "Inner");
            Assert.Contains("'Outer'", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public async Task TDK8001_near_miss_partial_class_nested_in_partial_class()
        {
            string source = Usings + "public partial class Outer\n{\n[TaskDefinition(\"t\")]\npublic static partial class Inner\n{\n" + App + "}\n}\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(source);
            Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("TDK8", System.StringComparison.Ordinal));
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }

        [Fact]
        public async Task TDK8002_container_declared_twice_on_the_second_name()
        {
            string source = Task(App + "[Container(\"app\", \"busybox:1.37\", Memory = 64)]\npublic static partial ContainerDefinition Again { get; }");
            (Compilation output, ImmutableArray<Diagnostic> all) = await GeneratorHarness.GenerateAndAnalyzeAsync(source);
            AssertSingle(all.Where(d => d.Id.StartsWith("TDK8", System.StringComparison.Ordinal)).ToImmutableArray(), "TDK8002", "\"app\"");
            Assert.True(all.Single(d => d.Id == "TDK8002").Location.SourceSpan.Start > source.IndexOf("busybox", System.StringComparison.Ordinal) - 20);
            Assert.DoesNotContain(all, d => d.Id == "TDK1005"); // explained by TDK8002
            Assert.Empty(GeneratorHarness.CompilerProblems(output)); // both containers still generated
        }

        [Fact]
        public async Task TDK8002_near_miss_distinct_names()
        {
            string source = Task(App + "[Container(\"other\", \"busybox:1.37\", Memory = 64)]\npublic static partial ContainerDefinition Other { get; }");
            Assert.Empty(await Tdk8(source));
        }

        [Theory]
        [InlineData("[DependsOn(\"db\")]", "\"db\"")]
        [InlineData("[VolumesFrom(\"db\", ReadOnly = true)]", "\"db\"")]
        [InlineData("[MountPoint(\"missing\", \"/data\")]", "\"missing\"")]
        public async Task TDK8003_reference_to_an_undeclared_container_or_volume(string attribute, string spanText)
        {
            string source = Task(attribute + "\n" + App, classAttributes: "[Volume(\"data\")]");
            AssertSingle(await Tdk8(source), "TDK8003", spanText);
        }

        [Theory]
        [InlineData("[DependsOn(\"side\")]")]
        [InlineData("[VolumesFrom(\"side\")]")]
        [InlineData("[MountPoint(\"data\", \"/data\")]")]
        public async Task TDK8003_near_miss_declared_references(string attribute)
        {
            string side = "[Container(\"side\", \"busybox:1.37\", Memory = 64)]\npublic static partial ContainerDefinition Side { get; }\n";
            string source = Task(attribute + "\n" + App + side, classAttributes: "[Volume(\"data\")]");
            Assert.Empty(await Tdk8(source));
        }

        [Theory]
        [InlineData("[Environment(null!, \"v\")]", "null!")]
        [InlineData("[LogOption(\"k\", \"v\")] [LogOption(\"k\", \"w\")] [LogConfiguration(\"json-file\")]", "\"k\"")]
        [InlineData("[AwsLogs(\"g\", \"eu-west-1\")] [LogConfiguration(\"splunk\")]", "[Container")]
        public async Task TDK8004_invalid_attribute_value(string attributes, string spanStart)
        {
            string source = Task(attributes + "\n" + App);
            ImmutableArray<Diagnostic> diagnostics = await Tdk8(source);
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("TDK8004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            if (spanStart != "[Container")
            {
                Assert.Equal(spanStart, GeneratorHarness.SpanText(diagnostic));
            }
            else
            {
                Assert.Contains("logDriver", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            }
        }

        [Fact]
        public async Task TDK8004_key_value_pairs_need_an_equals_sign()
        {
            string source = Task(App, classAttributes: "[DockerVolume(\"v\", DriverOptions = new[] { \"type=nfs\", \"novalue\" })]");
            ImmutableArray<Diagnostic> diagnostics = await Tdk8(source);
            AssertSingle(diagnostics, "TDK8004", "new[] { \"type=nfs\", \"novalue\" }");
        }

        [Fact]
        public async Task TDK8004_near_miss_each_option_once()
        {
            string source = Task("[LogOption(\"k\", \"v\")] [LogOption(\"l\", \"w\")] [LogConfiguration(\"json-file\")]\n" + App,
                classAttributes: "[DockerVolume(\"v\", DriverOptions = new[] { \"type=nfs\", \"o=addr=10.0.0.1\" })]");
            Assert.Empty(await Tdk8(source));
        }

        [Fact]
        public async Task TDK8005_container_attributes_without_Container()
        {
            string source = Task(App + "[PortMapping(80)]\npublic static ContainerDefinition? Stray { get; }");
            AssertSingle(await Tdk8(source), "TDK8005", "Stray");
        }

        [Fact]
        public async Task TDK8005_Container_on_a_property_that_is_not_static_partial()
        {
            string source = Task("[Container(\"app\", \"nginx:1.27\", Memory = 256)]\npublic static ContainerDefinition? App { get; set; }");
            AssertSingle(await Tdk8(source), "TDK8005", "App");
        }

        [Fact]
        public async Task TDK8005_container_attributes_in_a_class_without_TaskDefinition()
        {
            string source = Usings + "public static class NoTask\n{\n[Container(\"app\", \"nginx:1.27\")]\npublic static ContainerDefinition? App { get; }\n}\n";
            AssertSingle(await Tdk8(source), "TDK8005", "App");
        }

        [Fact]
        public async Task TDK8005_near_miss_static_partial_get_only()
        {
            Assert.Empty(await Tdk8(Task(App)));
        }
    }
}
