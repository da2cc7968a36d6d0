extern alias analyzers;

using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using Analyzer = analyzers::TaskDefKit.Analyzers.Builder.TaskDefinitionBuilderAnalyzer;

namespace TaskDefKit.Analyzers.Tests.Analyzers
{
    /// <summary>
    /// The runtime tests' builder cases use every builder method and pass ecs-validate --strict: the builder analyzer
    /// must report no error on them (no false positive from any modelled call), and seeded mistakes in them are found.
    /// The cases are methods returning builders that nothing in the file extends, so each is judged as a whole definition,
    /// exactly like the same chain ending in <c>Build()</c>.
    /// </summary>
    public class BuilderCasesAnalyzerTests
    {
        internal static string Source()
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

        /// <summary>The IDs of the catalog's hygiene advice the runtime validator gives on the builder cases as well.</summary>
        private static readonly string[] s_advice = { "TDK1027", "TDK3013", "TDK6005", "TDK6022", "TDK6023", "TDK6031", "TDK6032" };

        [Fact]
        public async Task Returned_builder_cases_get_the_same_findings_as_the_same_chains_ending_in_Build()
        {
            string source = Source();
            ImmutableArray<Diagnostic> returned = await AnalyzeAsync(source);
            ImmutableArray<Diagnostic> built = await AnalyzeAsync(WithBuild(source));
            Assert.DoesNotContain(returned, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Equal(s_advice, returned.Select(d => d.Id).Distinct().OrderBy(i => i, System.StringComparer.Ordinal));
            Assert.Equal(Describe(built), Describe(returned));
        }

        /// <summary>Each finding as ID, line and the text it is reported on (columns move where Build() is appended).</summary>
        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics
            .Select(d => d.Id + " line " + d.Location.GetLineSpan().StartLinePosition.Line + " on " + d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(t => t, System.StringComparer.Ordinal)
            .ToArray();

        /// <summary>The same cases as methods that build their chain: <c>TaskDefinitionBuildResult X() =&gt; chain.Build();</c>.</summary>
        private static string WithBuild(string source)
        {
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
            return built.ToString();
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
            diagnostics = diagnostics.Where(d => System.Array.IndexOf(s_advice, d.Id) < 0).ToImmutableArray();
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
