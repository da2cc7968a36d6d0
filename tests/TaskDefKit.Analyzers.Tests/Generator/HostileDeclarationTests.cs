extern alias analyzers;

using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>
    /// Declarations that used to make the generator write code that does not compile, or the same hint name twice
    /// (CS8785, which drops every generated file of the project): each now compiles or gets a TDK8xxx finding, and the
    /// other classes of the project keep their generated members. <see cref="GeneratorHarness.Run"/> fails on CS8785.
    /// </summary>
    public class HostileDeclarationTests
    {
        private const string Usings = "using TaskDefKit.Attributes;\nusing TaskDefKit.Model;\n";

        private const string App = "[Container(\"app\", \"nginx:1.27\", Essential = true, Memory = 256)]\npublic static partial ContainerDefinition App { get; }\n";

        /// <summary>A class that must keep its generated members whatever else is in the project.</summary>
        private const string Bystander = Usings + "[TaskDefinition(\"bystander\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class Bystander\n{\n" + App + "}\n" +
            "public static class UsesBystander { public static string Json => Bystander.DefinitionJson + Bystander.Definition.Family + Bystander.App.Name; }\n";

        private static async Task<(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)> Generate(string source)
        {
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await GeneratorHarness.GenerateAndAnalyzeAsync(source, Bystander);
            Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.Contains("Bystander", System.StringComparison.Ordinal));
            return (output, diagnostics);
        }

        private static ImmutableArray<Diagnostic> Tdk8(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Where(d => d.Id.StartsWith("TDK8", System.StringComparison.Ordinal)).ToImmutableArray();

        [Fact]
        public async Task Names_that_clean_to_the_same_text_get_distinct_hint_names_and_compile()
        {
            string source = Usings +
                "[TaskDefinition(\"a1\", LaunchType = LaunchTypes.Ec2)] public static partial class A\u203FB { " + App + " }\n" +
                "[TaskDefinition(\"a2\", LaunchType = LaunchTypes.Ec2)] public static partial class A_B { " + App + " }\n" +
                "public static class Uses { public static string Both => A\u203FB.DefinitionJson + A_B.DefinitionJson; }\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
            Assert.Empty(Tdk8(diagnostics));
        }

        [Fact]
        public async Task Names_that_differ_only_in_case_get_distinct_hint_names()
        {
            // Roslyn compares hint names ignoring case.
            string source = Usings +
                "namespace N { [TaskDefinition(\"w1\", LaunchType = LaunchTypes.Ec2)] public static partial class Web { " + App + " } }\n" +
                "namespace N { [TaskDefinition(\"w2\", LaunchType = LaunchTypes.Ec2)] public static partial class WEB { " + App + " } }\n";
            (Compilation output, _) = await Generate(source);
            Assert.Empty(GeneratorHarness.CompilerProblems(output, "CS8981"));
        }

        [Fact]
        public async Task A_namespace_and_a_nesting_with_the_same_dotted_name_get_distinct_hint_names()
        {
            string source = Usings +
                "namespace N.Outer { [TaskDefinition(\"n1\", LaunchType = LaunchTypes.Ec2)] public static partial class Inner { " + App + " } }\n" +
                "namespace N { public static partial class Outer2 { } }\n" +
                "public static partial class Outer { [TaskDefinition(\"n2\", LaunchType = LaunchTypes.Ec2)] public static partial class Inner { " + App + " } }\n";
            (Compilation output, _) = await Generate(source);
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }

        [Theory]
        [InlineData("Web", "Web-8")]
        [InlineData("WEB", "WEB-e")]
        [InlineData("A\u203FB", "A_203fB-c")]
        [InlineData("A_B", "A_005fB-c")]
        [InlineData("N.Outer+Inner", "N.Outer_002bInner-c20")]
        public void Hint_names_encode_the_metadata_name_one_to_one(string metadataName, string encoded)
        {
            Assert.Equal(encoded, analyzers::TaskDefKit.Analyzers.Generator.HintNames.Encode(metadataName));
        }

        [Fact]
        public async Task TDK8008_TaskDefinition_on_two_partial_declarations_generates_once()
        {
            string source = Usings +
                "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)] public static partial class T { " + App + " }\n" +
                "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)] public static partial class T { }\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Diagnostic finding = Assert.Single(Tdk8(diagnostics));
            Assert.Equal("TDK8008", finding.Id);
            Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
            Assert.True(finding.Location.SourceSpan.Start > source.LastIndexOf("[TaskDefinition", System.StringComparison.Ordinal), "on the second declaration's attribute");
            // The compiler's own duplicate-attribute error is the only one: no second generated Definition.
            Assert.Equal(new[] { "CS0579" }, GeneratorHarness.CompilerProblems(output).Select(d => d.Id).Distinct());
        }

        [Fact]
        public async Task TDK8008_near_miss_attribute_on_one_of_two_partial_declarations()
        {
            string source = Usings +
                "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)] public static partial class T { }\n" +
                "public static partial class T { " + App + " }\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Assert.Empty(Tdk8(diagnostics));
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }

        [Fact]
        public async Task TDK8006_class_nested_in_a_generic_type()
        {
            string source = Usings + "public static partial class Outer<TItem>\n{\n[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class Inner\n{\n" + App + "}\n}\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Diagnostic finding = Assert.Single(Tdk8(diagnostics));
            Assert.Equal("TDK8006", finding.Id);
            Assert.Equal("Inner", GeneratorHarness.SpanText(finding));
            Assert.DoesNotContain(output.SyntaxTrees, tree => tree.FilePath.Contains("Inner", System.StringComparison.Ordinal));
            // The container property stays unimplemented (the compiler says so); nothing generated fails to compile.
            Assert.All(GeneratorHarness.CompilerProblems(output), d => Assert.Equal("CS9248", d.Id));
        }

        [Fact]
        public async Task TDK8006_near_miss_class_nested_in_a_non_generic_type()
        {
            string source = Usings + "public static partial class Outer\n{\n[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class Inner\n{\n" + App + "}\n}\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Assert.Empty(Tdk8(diagnostics));
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }

        [Theory]
        [InlineData("public static int Definition => 1;", "Definition")]
        [InlineData("public const string DefinitionJson = \"{}\";", "DefinitionJson")]
        [InlineData("public static void Definition() { }", "Definition")]
        [InlineData("public class Definition { }", "Definition")]
        public async Task TDK8007_user_declared_generated_member(string member, string spanText)
        {
            string source = Usings + "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class T\n{\n" + App + member + "\n}\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Diagnostic finding = Assert.Single(Tdk8(diagnostics));
            Assert.Equal("TDK8007", finding.Id);
            Assert.Equal(spanText, GeneratorHarness.SpanText(finding));
            Assert.All(GeneratorHarness.CompilerProblems(output), d => Assert.Equal("CS9248", d.Id));
        }

        [Fact]
        public async Task TDK8007_class_named_like_a_generated_member()
        {
            string source = Usings + "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class Definition\n{\n}\n";
            (_, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Diagnostic finding = Assert.Single(Tdk8(diagnostics));
            Assert.Equal("TDK8007", finding.Id);
            Assert.Equal("Definition", GeneratorHarness.SpanText(finding));
        }

        [Fact]
        public async Task TDK8007_near_miss_other_member_names()
        {
            string source = Usings + "[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class T\n{\n" + App +
                "public static int Definitions => 1;\npublic static string DefinitionText => DefinitionJson;\n}\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Assert.Empty(Tdk8(diagnostics));
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
        }

        [Fact]
        public async Task Keyword_names_for_namespace_class_and_container_compile()
        {
            string source = Usings +
                "namespace @namespace.@class\n{\n[TaskDefinition(\"t\", LaunchType = LaunchTypes.Ec2)]\npublic static partial class @default\n{\n" +
                "[Container(\"app\", \"nginx:1.27\", Essential = true, Memory = 256)]\npublic static partial ContainerDefinition @return { get; }\n" +
                "public static partial class @struct { [TaskDefinition(\"u\", LaunchType = LaunchTypes.Ec2)] public static partial class @event { " + App + " } }\n}\n}\n" +
                "public static class UsesKeywords { public static string Json => @namespace.@class.@default.DefinitionJson + @namespace.@class.@default.@return.Name + @namespace.@class.@default.@struct.@event.Definition.Family; }\n";
            (Compilation output, ImmutableArray<Diagnostic> diagnostics) = await Generate(source);
            Assert.Empty(Tdk8(diagnostics));
            Assert.Empty(GeneratorHarness.CompilerProblems(output, "CS8981"));
        }
    }
}
