using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TaskDefKit.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Analyzer and code-fix verification against the real TaskDefKit runtime assembly and the running framework's
    /// assemblies (no reference packages downloaded). Sources get <c>using TaskDefKit.Builders; using TaskDefKit.Model;
    /// using TaskDefKit.Placement;</c> in front, on line 1, so markup line numbers start at 2.
    /// </summary>
    internal static class BuilderVerifier
    {
        public const string Usings = "using TaskDefKit.Builders; using TaskDefKit.Model; using TaskDefKit.Placement;\n";

        private static readonly Lazy<List<MetadataReference>> s_references = new Lazy<List<MetadataReference>>(() =>
        {
            var references = new List<MetadataReference>();
            string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
            foreach (string path in tpa.Split(Path.PathSeparator))
            {
                string name = Path.GetFileName(path);
                if ((name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard.dll" || name == "mscorlib.dll"))
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }

            references.Add(MetadataReference.CreateFromFile(typeof(TaskDefKit.Model.TaskDefinition).Assembly.Location));
            return references;
        });

        public static Task VerifyAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new AnalyzerTest<TAnalyzer>();
            test.TestCode = Usings + source;
            Configure(test.TestState);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Like <see cref="VerifyAsync{TAnalyzer}"/>, with every catalog rule but <paramref name="ids"/> turned off.</summary>
        public static Task VerifyRulesAsync<TAnalyzer>(string[] ids, string source, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var test = new AnalyzerTest<TAnalyzer>();
            test.TestCode = Usings + source;
            Configure(test.TestState);
            DisableOthers(test.DisabledDiagnostics, ids);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        public static Task VerifyFixAsync<TAnalyzer, TFix>(string id, string source, string fixedSource, int index, params DiagnosticResult[] expected)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            var test = new FixTest<TAnalyzer, TFix>
            {
                TestCode = Usings + source,
                FixedCode = Usings + fixedSource,
                CodeActionIndex = index,
            };
            Configure(test.TestState);
            Configure(test.FixedState);
            Configure(test.BatchFixedState);
            DisableOthers(test.DisabledDiagnostics, new[] { id });
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        private static void DisableOthers(List<string> disabled, string[] ids)
        {
            foreach (TaskDefKit.Rules.RuleInfo rule in TaskDefKit.Rules.RuleCatalog.All)
            {
                if (Array.IndexOf(ids, rule.Id) < 0)
                {
                    disabled.Add(rule.Id);
                }
            }
        }

        /// <summary>A diagnostic of <paramref name="id"/> at the markup span <c>{|#n:...|}</c>, with any message.</summary>
        public static DiagnosticResult Diagnostic(string id, int markup, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            new DiagnosticResult(id, severity).WithLocation(markup).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        private static void Configure(SolutionState state)
        {
            state.ReferenceAssemblies = new ReferenceAssemblies("net10.0"); // no package: the running framework below
            state.AdditionalReferences.AddRange(s_references.Value);
        }

        private sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            public AnalyzerTest()
            {
                // Messages are the validator's own (tested there); these tests check IDs, places and severities.
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            }
        }

        private sealed class FixTest<TAnalyzer, TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            public FixTest()
            {
                TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
            }
        }
    }
}
