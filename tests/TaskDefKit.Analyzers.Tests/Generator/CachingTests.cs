extern alias analyzers;

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TaskDefKit.Analyzers.Tests.Infrastructure;
using TrackingNames = analyzers::TaskDefKit.Analyzers.Generator.TrackingNames;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>The pipeline caches: unrelated and equivalent edits stop at the spec step; a real edit regenerates only its class.</summary>
    public class CachingTests
    {
        private static readonly string[] s_steps = { TrackingNames.Specs, TrackingNames.GeneratableSpecs, TrackingNames.Sources };

        private const string Unrelated = "namespace Other { public class Unrelated { public int Value => 1; } }";

        [Fact]
        public void Running_twice_on_a_clone_caches_every_step()
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Sources.Definition("alpha"), Sources.Definition("beta"), Unrelated);
            (GeneratorDriver driver, _, _) = GeneratorHarness.Run(compilation);
            (_, _, GeneratorRunResult second) = GeneratorHarness.Run(compilation.Clone(), driver);
            AssertAllCached(second);
        }

        [Fact]
        public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Sources.Definition("alpha"), Sources.Definition("beta"), Unrelated);
            (GeneratorDriver driver, _, _) = GeneratorHarness.Run(compilation);

            CSharpCompilation edited = Replace(compilation, 2, Unrelated.Replace("=> 1", "=> 2", StringComparison.Ordinal) + "\nnamespace Other { class Added { } }");
            (_, _, GeneratorRunResult result) = GeneratorHarness.Run(edited, driver);
            AssertAllCached(result);
        }

        [Fact]
        public void An_equivalent_edit_of_a_definition_stops_at_the_spec_step()
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Sources.Definition("alpha"), Sources.Definition("beta"));
            (GeneratorDriver driver, _, _) = GeneratorHarness.Run(compilation);

            CSharpCompilation edited = Replace(compilation, 0, "// a comment moves everything down\n\n" + Sources.Definition("alpha"));
            (_, _, GeneratorRunResult result) = GeneratorHarness.Run(edited, driver);
            AssertAllCached(result);
        }

        [Fact]
        public void Editing_one_definition_regenerates_only_that_file()
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Sources.Definition("alpha"), Sources.Definition("beta"), Unrelated);
            (GeneratorDriver driver, _, _) = GeneratorHarness.Run(compilation);

            CSharpCompilation edited = Replace(compilation, 0, Sources.Definition("alpha", image: "nginx:1.28"));
            (_, _, GeneratorRunResult result) = GeneratorHarness.Run(edited, driver);

            IncrementalStepRunReason[] sources = Reasons(result, TrackingNames.Sources);
            Assert.Equal(2, sources.Length);
            Assert.Equal(1, sources.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(1, sources.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
            string modified = result.TrackedSteps[TrackingNames.Sources]
                .SelectMany(step => step.Outputs)
                .Where(o => o.Reason == IncrementalStepRunReason.Modified)
                .Select(o => o.Value.ToString()!)
                .Single();
            Assert.Contains("Edits.Alpha-840.TaskDefinition.g.cs", modified, StringComparison.Ordinal);
            Assert.Contains("nginx:1.28", result.GeneratedSources.Single(s => s.HintName.StartsWith("Edits.Alpha", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Step_outputs_hold_no_Roslyn_objects()
        {
            CSharpCompilation compilation = GeneratorHarness.Compile(Sources.KitchenSink, Sources.Sample("FargateWeb.cs"));
            (_, _, GeneratorRunResult result) = GeneratorHarness.Run(compilation);
            int walked = 0;
            foreach (string step in s_steps)
            {
                foreach (IncrementalGeneratorRunStep run in result.TrackedSteps[step])
                {
                    foreach ((object value, IncrementalStepRunReason _) in run.Outputs)
                    {
                        walked += Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step);
                    }
                }
            }

            Assert.True(walked > 100, "walked " + walked);
        }

        [Fact]
        public void Equal_sources_give_equal_specs_with_equal_hash_codes()
        {
            object first = SpecOf(Sources.KitchenSink);
            object second = SpecOf(Sources.KitchenSink);
            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.NotEqual(first, SpecOf(Sources.KitchenSink.Replace("\"kitchen-sink\"", "\"kitchen-sunk\"", StringComparison.Ordinal)));
        }

        private static object SpecOf(string source)
        {
            (_, _, GeneratorRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            return result.TrackedSteps[TrackingNames.Specs].Single().Outputs.Single().Value;
        }

        private static int Walk(object? value, HashSet<object> seen, string step)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
            {
                return 0;
            }

            Assert.False(
                value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree or Location or AttributeData or TypedConstant,
                step + " holds a " + value.GetType().FullName);
            int count = 1;
            if (value is IEnumerable sequence)
            {
                foreach (object? item in sequence)
                {
                    count += Walk(item, seen, step);
                }
            }

            foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                count += Walk(field.GetValue(value), seen, step);
            }

            return count;
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

        private static void AssertAllCached(GeneratorRunResult result)
        {
            foreach (string step in s_steps)
            {
                IncrementalStepRunReason[] reasons = Reasons(result, step);
                Assert.NotEmpty(reasons);
                Assert.All(reasons, reason => Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    step + ": " + reason));
            }

            foreach (ImmutableArray<IncrementalGeneratorRunStep> output in result.TrackedOutputSteps.Values)
            {
                Assert.All(output.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output: " + o.Reason));
            }
        }

        private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string text)
        {
            SyntaxTree old = compilation.SyntaxTrees.ElementAt(index);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, old.FilePath));
        }
    }
}
