extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TaskDefKit.Cli.Import;
using TaskDefKit.Cli.Import.Attributed;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefinitionGenerator = analyzers::TaskDefKit.Analyzers.Generator.TaskDefinitionGenerator;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// <c>taskdef import --style attributes</c>: the printed classes go through the real source generator in one
    /// in-process compilation, and each generated <c>DefinitionJson</c> equals the input by the semantic diff, unless
    /// the import said what it could not write (those definitions are pinned, with the reason, here and in docs/import.md).
    /// </summary>
    public class ImportAttributesTests
    {
        /// <summary>The readable corpus definitions the attributes cannot express, and why (docs/import.md lists them).</summary>
        private static readonly Dictionary<string, string> s_inexpressible = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["023-agent-ftest-elastic-inference-unknown-field"] = "/containerDefinitions/0/inferenceDevices",
            ["077-container-transform-fixture-legacy-ec2"] = "/volumes/1/readOnly",
            ["088-array-wrapped-fargate-datadog-sidecar"] = "/containerDefinitions/0/name",
        };

        private static string Fixture(string name) => Path.Combine(CliRun.Fixtures, "export", name);

        [Fact]
        public void Import_prints_an_attributed_class_the_generator_turns_back_into_the_definition()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "import", "--style", "attributes", Fixture("everything.json"));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            string code = result.Stdout;
            Assert.Contains("    public static partial class Everything\n", code, StringComparison.Ordinal);
            Assert.Contains("[AwsLogs(\"/ecs/app\", \"us-east-1\", StreamPrefix = \"app\")]", code, StringComparison.Ordinal);
            Assert.Contains("[Ulimit(UlimitNames.NoFile, 65536, 65536)]", code, StringComparison.Ordinal);
            Assert.Contains("[DependsOn(\"sidecar\")]", code, StringComparison.Ordinal);
            Assert.Contains("[FireLens(FireLensTypes.FluentBit, EnableEcsLogMetadata = true)]", code, StringComparison.Ordinal);
            Assert.Contains("public static partial ContainerDefinition LogRouter { get; }", code, StringComparison.Ordinal);
            Assert.DoesNotContain("TaskDefinitionSource", code, StringComparison.Ordinal); // the generator registers the class
            Assert.Equal(code, CliRun.Run(temp.Path, "import", "--style", "attributes", Fixture("everything.json")).Stdout);

            Compilation generated = Generate(new[] { code });
            Assert.Equal(string.Empty, ExportRoundTrip.Changes(File.ReadAllBytes(Fixture("everything.json")), System.Text.Encoding.UTF8.GetBytes(DefinitionJson(generated, "Imported.Everything"))));
        }

        [Fact]
        public void A_member_the_attributes_cannot_write_is_a_comment_and_a_note_and_fails_only_with_strict()
        {
            using var temp = new TempFolder();
            temp.Write("web.json", "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx\",\"essential\":true," +
                                   "\"dependsOn\":[{\"containerName\":\"init\"}],\"colour\":\"blue\"},{\"name\":\"init\",\"image\":\"busybox\",\"essential\":false}]}");
            CliResult result = CliRun.Run(temp.Path, "import", "--style", "attributes", "web.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("web.json: note: web /containerDefinitions/0/dependsOn/0/condition: not written as attributes: [DependsOn] writes \"START\" here and the input has none", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("web.json: note: web /containerDefinitions/0/colour: not written as attributes: not a member of the ECS API", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("        // Not written as attributes: /containerDefinitions/0/colour: not a member of the ECS API", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("[DependsOn(\"init\")]", result.Stdout, StringComparison.Ordinal);

            CliResult strict = CliRun.Run(temp.Path, "import", "--style", "attributes", "--strict", "web.json");
            Assert.Equal(1, strict.ExitCode);
            Assert.Contains("web.json: error: web /containerDefinitions/0/colour", strict.Stderr, StringComparison.Ordinal);
            Assert.Equal(result.Stdout, strict.Stdout);

            // Near miss: the same definition with a condition and without the invented member is written whole, even with --strict.
            temp.Write("clean.json", "{\"family\":\"web\",\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx\",\"essential\":true," +
                                     "\"dependsOn\":[{\"containerName\":\"init\",\"condition\":\"COMPLETE\"}]},{\"name\":\"init\",\"image\":\"busybox\",\"essential\":false}]}");
            CliResult clean = CliRun.Run(temp.Path, "import", "--style", "attributes", "--strict", "clean.json");
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.Equal(string.Empty, clean.Stderr);
            Assert.Contains("[DependsOn(\"init\", DependencyConditions.Complete)]", clean.Stdout, StringComparison.Ordinal);

            Assert.Equal(2, CliRun.Run(temp.Path, "import", "--strict", "web.json").ExitCode);
            Assert.Equal(2, CliRun.Run(temp.Path, "import", "--style", "attribute", "web.json").ExitCode);
        }

        [Fact]
        public void Describe_output_imports_without_its_read_only_members_even_with_strict()
        {
            using var temp = new TempFolder();
            temp.Write("described.json", "{\"taskDefinition\":{\"taskDefinitionArn\":\"arn:aws:ecs:us-east-1:123456789012:task-definition/web:3\",\"family\":\"web\",\"revision\":3," +
                                         "\"status\":\"ACTIVE\",\"containerDefinitions\":[{\"name\":\"web\",\"image\":\"nginx\",\"essential\":true}]}}");
            CliResult result = CliRun.Run(temp.Path, "import", "--style", "attributes", "--strict", "described.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            Assert.Contains("[TaskDefinition(\"web\")]", result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("revision", result.Stdout, StringComparison.Ordinal);
        }

        /// <summary>
        /// Every definition of every readable corpus file, imported as attributes, generated by the real generator in
        /// one compilation (no diagnostic allowed), and compared with the input. Definitions the import reported a
        /// member of are exactly the pinned ones; every other one comes back with no change.
        /// </summary>
        [Fact]
        public void The_whole_corpus_round_trips_through_the_attributes_and_the_generator()
        {
            var sources = new List<string>();
            var expected = new Dictionary<string, (string File, byte[] Json)>(StringComparer.Ordinal);
            var reported = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string file in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                var definitions = new List<(string, TaskDefinition)>();
                foreach (NamedDefinition named in DefinitionSet.Read(File.ReadAllBytes(file), new InputItem(file, file, named: true), out _) ?? new List<NamedDefinition>())
                {
                    if (TaskDefinitionDocument.Parse(named.Json).Definition is TaskDefinition definition)
                    {
                        definitions.Add((named.Label, definition));
                    }
                }

                if (definitions.Count == 0)
                {
                    continue;
                }

                string ns = "Corpus.F" + name.Substring(0, 3);
                sources.Add(ImportedFile.AttributedClasses(definitions, Path.GetFileName(file), ns, out List<(string Label, List<ImportNote> Notes)> notes));
                foreach ((_, List<ImportNote> list) in notes)
                {
                    foreach (ImportNote note in list)
                    {
                        reported.TryAdd(name, note.Pointer);
                    }
                }

                var taken = new HashSet<string>(StringComparer.Ordinal);
                foreach ((_, TaskDefinition definition) in definitions)
                {
                    expected[ns + "." + ImportedFile.ClassName(definition.Family, taken)] = (name, TaskDefinitionJson.SerializeToUtf8(definition));
                }
            }

            Compilation generated = Generate(sources);
            var failures = new List<string>();
            foreach ((string className, (string file, byte[] json)) in expected)
            {
                string changes = ExportRoundTrip.Changes(json, System.Text.Encoding.UTF8.GetBytes(DefinitionJson(generated, className)));
                if (changes.Length > 0 && !reported.ContainsKey(file))
                {
                    failures.Add(className + ":\n" + changes);
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(expected.Count >= 79, expected.Count + " definitions");
            Assert.Equal(s_inexpressible.OrderBy(p => p.Key, StringComparer.Ordinal), reported.OrderBy(p => p.Key, StringComparer.Ordinal));
            string report = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "import.md"));
            Assert.All(s_inexpressible, pinned => Assert.Contains("`" + pinned.Key + ".json`", report, StringComparison.Ordinal));
        }

        /// <summary>Runs the source generator over the sources against TaskDefKit; fails on any generator exception or compiler warning.</summary>
        private static Compilation Generate(IEnumerable<string> sources)
        {
            // Not the analyzer assembly this test project references: it holds the model's types too.
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path) != "TaskDefKit.Analyzers.dll")
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(TaskDefinition).Assembly.Location))
                .ToList();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Attributed" + Guid.NewGuid().ToString("N"),
                sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new TaskDefinitionGenerator().AsSourceGenerator() }, parseOptions: parse);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            Assert.Null(driver.GetRunResult().Results.Single().Exception);
            Diagnostic[] problems = generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));

            return output;
        }

        /// <summary>The generated <c>DefinitionJson</c> constant of a class.</summary>
        private static string DefinitionJson(Compilation output, string className)
        {
            INamedTypeSymbol? type = output.GetTypeByMetadataName(className);
            Assert.True(type != null, className + " is not in the compilation");
            return (string)type!.GetMembers("DefinitionJson").OfType<IFieldSymbol>().Single().ConstantValue!;
        }
    }
}
