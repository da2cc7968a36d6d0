using System.Linq;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit;
using TaskDefKit.Analyzers.Tests.Infrastructure;

namespace TaskDefKit.Analyzers.Tests.Generator
{
    /// <summary>
    /// The generated files, compared with checked-in snapshots (<c>__snapshots__/</c>; a mismatch lands in
    /// <c>__mismatch__/</c>: review it, then move it over the snapshot). The set of generated file names is asserted too.
    /// </summary>
    public class GeneratorSnapshotTests
    {
        [Fact]
        public void Samples_generate_one_file_per_class_and_compile_cleanly()
        {
            AssertGenerated(
                new[] { Sources.Sample("FargateWeb.cs"), Sources.Sample("Ec2Worker.cs") },
                "TaskDefKit.Samples.Attributed.Ec2Worker-892040140.TaskDefinition.g.cs",
                "TaskDefKit.Samples.Attributed.FargateWeb-8920401020.TaskDefinition.g.cs");
        }

        [Fact]
        public void Every_attribute_nested_class_and_internal_container()
        {
            AssertGenerated(new[] { Sources.KitchenSink }, "Kitchen.Sink.Outer_002bKitchenSinkTask-81108110.TaskDefinition.g.cs");
        }

        [Fact]
        public void Minimal_class_in_the_global_namespace()
        {
            AssertGenerated(new[] { Sources.Minimal }, "Minimal-80.TaskDefinition.g.cs");
        }

        private static void AssertGenerated(string[] sources, params string[] expectedFiles)
        {
            (_, Compilation output, GeneratorRunResult result) = GeneratorHarness.Run(GeneratorHarness.Compile(sources));
            Assert.Equal(expectedFiles, result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
            Assert.Empty(GeneratorHarness.CompilerProblems(output));
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                string text = source.SourceText.ToString();
                Assert.DoesNotContain("\r", text, System.StringComparison.Ordinal);
                Snapshot.Match(text, new SnapshotNameExtension(source.HintName));
            }
        }
    }
}
