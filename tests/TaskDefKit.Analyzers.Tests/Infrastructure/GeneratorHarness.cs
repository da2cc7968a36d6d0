extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TaskDefinitionAttributeAnalyzer = analyzers::TaskDefKit.Analyzers.Attributes.TaskDefinitionAttributeAnalyzer;
using TaskDefinitionGenerator = analyzers::TaskDefKit.Analyzers.Generator.TaskDefinitionGenerator;

namespace TaskDefKit.Analyzers.Tests.Infrastructure
{
    /// <summary>Compiles test sources against the runtime assembly and runs the generator and the analyzer in memory.</summary>
    public static class GeneratorHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new Lazy<ImmutableArray<MetadataReference>>(() =>
        {
            var references = new List<MetadataReference>();
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            foreach (string path in tpa.Split(Path.PathSeparator))
            {
                string name = Path.GetFileName(path);
                if (name.StartsWith("System.", StringComparison.Ordinal) || name == "mscorlib.dll" || name == "netstandard.dll")
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            references.Add(MetadataReference.CreateFromFile(typeof(TaskDefKit.Model.TaskDefinition).Assembly.Location));
            return references.ToImmutableArray();
        });

        public static CSharpCompilation Compile(params string[] sources) =>
            CSharpCompilation.Create(
                "Tests",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Source" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")),
                s_references.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorDriver CreateDriver() =>
            CSharpGeneratorDriver.Create(
                new[] { new TaskDefinitionGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator; fails on a generator exception or CS8785.</summary>
        public static (GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result) Run(Compilation compilation, GeneratorDriver? driver = null)
        {
            driver = (driver ?? CreateDriver()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
            Assert.Empty(result.Diagnostics);
            return (driver, output, result);
        }

        /// <summary>Runs the analyzer on the generated compilation; fails on any analyzer exception (AD0001).</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
        {
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TaskDefinitionAttributeAnalyzer()), options);
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
        }

        /// <summary>Generates, then analyzes: the diagnostics a user sees from TaskDefKit for these sources.</summary>
        public static async Task<(Compilation Output, ImmutableArray<Diagnostic> Diagnostics)> GenerateAndAnalyzeAsync(params string[] sources)
        {
            (_, Compilation output, _) = Run(Compile(sources));
            return (output, await AnalyzeAsync(output));
        }

        /// <summary>The source text a diagnostic points at.</summary>
        public static string SpanText(Diagnostic diagnostic) =>
            diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

        /// <summary>Compiler errors and warnings of the generated compilation, ignoring those in <paramref name="allowed"/>.</summary>
        public static IReadOnlyList<Diagnostic> CompilerProblems(Compilation output, params string[] allowed) =>
            output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && !allowed.Contains(d.Id)).ToList();
    }
}
