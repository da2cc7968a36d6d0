extern alias analyzers;

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using Analyzer = analyzers::TaskDefKit.Analyzers.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// The runtime tests' builder cases use every builder method and pass ecs-validate --strict: the builder analyzer
    /// must report nothing on them (no false positive from any modelled call), and seeded mistakes in them are found.
    /// </summary>
    public class BuilderCasesAnalyzerTests
    {
        private static string Source()
        {
            string dir = System.AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(dir, "TaskDefKit.sln")))
            {
                dir = Path.GetDirectoryName(dir)!;
            }

            return File.ReadAllText(Path.Combine(dir, "tests", "TaskDefKit.Tests", "Builders", "BuilderCases.cs"));
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
        {
            Compilation compilation = GeneratorHarness.Compile(source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzer())).GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        [Fact]
        public async Task Builder_cases_that_pass_ecs_validate_get_no_diagnostic()
        {
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(Source());
            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task Mistakes_seeded_into_the_builder_cases_are_found_where_they_are_written()
        {
            string source = Source();
            string seeded = source
                .Replace(".Timeout(5)", ".Timeout(50)")
                .Replace("Ulimit(UlimitName.Nofile, 65535, 65535)", "Ulimit(UlimitName.Nofile, 65536, 65535)")
                .Replace("restartAttemptPeriod: 300", "restartAttemptPeriod: 3")
                .Replace("fsap-0123456789abcdef0\").IamAuthorization()", "fsap-x\").IamAuthorization()")
                .Replace(".Tmpfs(\"/run\", 64,", ".Tmpfs(\"/run\", 0,");
            Assert.NotEqual(source, seeded);
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(seeded);
            Assert.Equal(new[] { "TDK2017", "TDK2023", "TDK2026", "TDK2030", "TDK3011" }, diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i, System.StringComparer.Ordinal));
            Assert.All(diagnostics, d => Assert.Equal(d.Id switch
            {
                "TDK2017" => "30", // reported on the interval, which is shorter than the timeout
                "TDK2023" => "65536",
                "TDK2026" => "0",
                "TDK2030" => "3",
                _ => "\"fsap-x\"",
            }, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan)));
        }
    }
}
