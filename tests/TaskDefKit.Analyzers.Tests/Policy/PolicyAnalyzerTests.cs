extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using AttributeAnalyzer = analyzers::TaskDefKit.Analyzers.Attributes.TaskDefinitionAttributeAnalyzer;
using BuilderAnalyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;
using PolicyFileAnalyzer = analyzers::TaskDefKit.Analyzers.Policy.PolicyFileAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Policy
{
    /// <summary>
    /// The analyzers read the organisation policy from the <c>.taskdefkit.json</c> additional file: policy findings on
    /// builder chains and attributed classes name the file and line; a malformed policy is one TDK9401 on the file.
    /// </summary>
    public class PolicyAnalyzerTests
    {
        private const string ConfigPath = "/repo/.taskdefkit.json";

        private const string Policy = "{\n  \"policy\": {\n    \"allowedRegistries\": [\"public.ecr.aws\"],\n    \"forbiddenCapabilities\": [\"SYS_ADMIN\"]\n  }\n}\n";

        private const string Builder = """
            using TaskDefKit.Builders;
            class C
            {
                static string Image() => "quay.io/x/app:1";
                void M()
                {
                    TaskDefinitionBuilder.Create("web").Container("web", c => c.Image("IMAGE").Memory(256)).Build();
                }
            }
            """;

        [Fact]
        public async Task A_builder_image_from_a_registry_the_policy_does_not_allow_is_an_error_naming_the_policy_line()
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(Builder.Replace("IMAGE", "quay.io/team/app:1.2"), Policy);
            Diagnostic finding = Assert.Single(diagnostics, d => d.Id == "TDK9402");
            Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
            Assert.Equal("\"quay.io/team/app:1.2\"", Text(finding));
            Assert.Contains("policy \"allowedRegistries\" at " + ConfigPath + ":3: public.ecr.aws", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public async Task An_allowed_image_an_unknown_image_and_a_project_without_a_policy_are_silent()
        {
            Assert.DoesNotContain(await RunAsync(Builder.Replace("IMAGE", "public.ecr.aws/nginx/nginx:1.27"), Policy), d => d.Id.StartsWith("TDK94", StringComparison.Ordinal));
            Assert.DoesNotContain(await RunAsync(Builder.Replace("\"IMAGE\"", "Image()"), Policy), d => d.Id.StartsWith("TDK94", StringComparison.Ordinal));
            Assert.DoesNotContain(await RunAsync(Builder.Replace("IMAGE", "quay.io/team/app:1.2"), null), d => d.Id.StartsWith("TDK94", StringComparison.Ordinal));
            Assert.DoesNotContain(await RunAsync(Builder.Replace("IMAGE", "quay.io/team/app:1.2"), "{ \"ignore\": [] }"), d => d.Id.StartsWith("TDK94", StringComparison.Ordinal));
        }

        [Fact]
        public async Task An_attributed_class_is_judged_against_the_policy()
        {
            const string source = """
                using TaskDefKit.Attributes;
                using TaskDefKit.Model;

                [TaskDefinition("probe")]
                public static partial class Probe
                {
                    [Container("app", "IMAGE", Essential = true, Memory = 256)]
                    public static partial ContainerDefinition App { get; }
                }
                """;
            Diagnostic finding = Assert.Single(await RunAsync(source.Replace("IMAGE", "quay.io/team/app:1.2"), Policy), d => d.Id == "TDK9402");
            Assert.Contains(ConfigPath + ":3", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(await RunAsync(source.Replace("IMAGE", "public.ecr.aws/nginx/nginx:1.27"), Policy), d => d.Id == "TDK9402");
        }

        [Fact]
        public async Task RequireAwsvpcNetworkMode_in_the_file_turns_on_TDK6034_in_the_build_as_in_taskdef()
        {
            const string Chain = """
                using TaskDefKit.Builders;
                class C
                {
                    void M()
                    {
                        TaskDefinitionBuilder.Create("web").MODE.Container("web", c => c.Image("public.ecr.aws/nginx/nginx:1.27").Memory(256)).Build();
                    }
                }
                """;
            const string Config = "{\n  \"requireAwsvpcNetworkMode\": true\n}\n";
            Diagnostic finding = Assert.Single(await RunAsync(Chain.Replace("MODE", "Bridge()"), Config), d => d.Id == "TDK6034");
            Assert.Contains("Bridge", Text(finding));
            Assert.Contains("networkMode is bridge", finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            // The near misses: awsvpc, the setting off or absent, and a project without the file.
            Assert.DoesNotContain(await RunAsync(Chain.Replace("MODE", "AwsVpc()"), Config), d => d.Id == "TDK6034");
            Assert.DoesNotContain(await RunAsync(Chain.Replace("MODE", "Bridge()"), "{ \"requireAwsvpcNetworkMode\": false }"), d => d.Id == "TDK6034");
            Assert.DoesNotContain(await RunAsync(Chain.Replace("MODE", "Bridge()"), Policy), d => d.Id == "TDK6034");
            Assert.DoesNotContain(await RunAsync(Chain.Replace("MODE", "Bridge()"), null), d => d.Id == "TDK6034");
        }

        [Fact]
        public async Task A_requireAwsvpcNetworkMode_that_is_not_a_boolean_is_TDK9401_as_the_tool_says()
        {
            string config = "{\n  \"requireAwsvpcNetworkMode\": \"yes\"\n}\n";
            Diagnostic problem = Assert.Single(await RunAsync(Builder.Replace("IMAGE", "public.ecr.aws/nginx/nginx:1.27"), config), d => d.Id == "TDK9401");
            Assert.Equal(1, problem.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("\"requireAwsvpcNetworkMode\" must be true or false", problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("{\n  \"policy\": {\n    \"allowedRegistry\": [\"public.ecr.aws\"]\n  }\n}\n", 3, "unknown key 'allowedRegistry' in \"policy\"; valid keys: allowedRegistries")]
        [InlineData("{\n  \"policy\": { \"allowedRegistries\": [\"public.ecr.aws\" }\n}\n", 2, "not valid JSON")]
        [InlineData("\u0000\u0001 not json at all", 1, "not valid JSON")]
        public async Task A_malformed_policy_is_one_TDK9401_on_the_file_and_no_policy_is_applied(string config, int line, string expected)
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(Builder.Replace("IMAGE", "quay.io/team/app:1.2"), config);
            Diagnostic problem = Assert.Single(diagnostics, d => d.Id == "TDK9401");
            Assert.Equal(ConfigPath, problem.Location.GetLineSpan().Path);
            Assert.Equal(line - 1, problem.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains(expected, problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(diagnostics, d => d.Id == "TDK9402");
        }

        private static string Text(Diagnostic diagnostic) => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

        /// <summary>Runs the three analyzers with <paramref name="config"/> as the project's .taskdefkit.json; fails on an analyzer exception (AD0001).</summary>
        private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string? config)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Probe",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/repo/Probe.cs") },
                References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            ImmutableArray<AdditionalText> files = config is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new ConfigText(ConfigPath, config));
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new BuilderAnalyzer(), new AttributeAnalyzer(), new PolicyFileAnalyzer());
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        private static List<MetadataReference> References()
        {
            var references = new List<MetadataReference>();
            foreach (string path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard.dll" || name == "mscorlib.dll")
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            references.Add(MetadataReference.CreateFromFile(typeof(TaskDefKit.Model.TaskDefinition).Assembly.Location));
            return references;
        }

        private sealed class ConfigText : AdditionalText
        {
            private readonly SourceText _text;

            public ConfigText(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
