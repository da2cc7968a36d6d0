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
        public async Task Builder_cases_that_reach_Build_get_no_error_only_hygiene_advice()
        {
            // The same chains ending in Build(): the rules that need a complete chain are decided too.
            string source = Source();
            var built = new System.Text.StringBuilder();
            int at = 0;
            const string Header = "public static TaskDefinitionBuilder ";
            int header;
            while ((header = source.IndexOf(Header, at, System.StringComparison.Ordinal)) >= 0)
            {
                int end = source.IndexOf(";\n", header, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    end = source.IndexOf(";\r\n", header, System.StringComparison.Ordinal);
                }

                built.Append(source, at, header - at).Append("public static TaskDefinitionBuildResult ")
                     .Append(source, header + Header.Length, end - header - Header.Length).Append(".Build()");
                at = end;
            }

            built.Append(source, at, source.Length - at);
            Assert.Contains(".Build();", built.ToString());
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(built.ToString());
            // ecs-validate accepts these definitions, so nothing may be an error; what remains is the catalog's hygiene
            // advice the runtime validator gives on them as well (no health check or memory limit, writable root
            // filesystem, root user, the deprecated accelerator, EFS platform version, awslogs-create-group).
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(
                new[] { "TDK1027", "TDK3013", "TDK6005", "TDK6022", "TDK6023", "TDK6031" },
                diagnostics.Select(d => d.Id).Distinct().OrderBy(i => i, System.StringComparer.Ordinal));
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
