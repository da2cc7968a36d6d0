using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TaskDefKit.Cli.Import;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Json;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// <c>taskdef import</c>: the printed C# compiles against TaskDefKit (in-process, Roslyn), and running it gives a
    /// definition whose JSON equals the input by the semantic diff, for the fixtures and the whole real-world corpus.
    /// </summary>
    public class ImportCommandTests
    {
        private static string Fixture(string name) => Path.Combine(CliRun.Fixtures, "export", name);

        [Fact]
        public void Import_prints_builder_code_that_rebuilds_the_definition()
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "import", Fixture("everything.json"));
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(".AwsLogs(\"/ecs/app\", \"us-east-1\", \"app\")", result.Stdout, StringComparison.Ordinal);
            Assert.Contains(".Secret(\"DB_PASSWORD\", \"arn:aws:ssm:us-east-1:123456789012:parameter/db\")", result.Stdout, StringComparison.Ordinal);
            Assert.Contains(".HostVolume(\"logs\", \"/var/log/app\")", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("[assembly: TaskDefinitionSource(typeof(Imported.Everything))]", result.Stdout, StringComparison.Ordinal);
            Assert.Equal(result.Stdout, CliRun.Run(temp.Path, "import", Fixture("everything.json")).Stdout);

            CliResult fargate = CliRun.Run(temp.Path, "import", Fixture("fargate-web.json"), "--namespace", "My.Defs");
            Assert.Contains(".Fargate(FargateSize.Cpu512.Memory1024)", fargate.Stdout, StringComparison.Ordinal);
            Assert.Contains(".Port(80)", fargate.Stdout, StringComparison.Ordinal);
            Assert.Contains("namespace My.Defs\n", fargate.Stdout, StringComparison.Ordinal);

            Dictionary<string, TaskDefinition> rebuilt = CompileAndRun(new[] { result.Stdout, fargate.Stdout });
            foreach ((string family, string className) in new[] { ("everything", "Imported.Everything"), ("fargate-web", "My.Defs.FargateWeb") })
            {
                Assert.Equal(string.Empty, ExportRoundTrip.Changes(File.ReadAllBytes(Fixture(family + ".json")), TaskDefinitionJson.SerializeToUtf8(rebuilt[className])));
            }
        }

        [Fact]
        public void Import_of_a_template_prints_a_class_per_definition_and_bad_input_exits_2()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", "Resources:\n  A:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - {Name: a, Image: b}\n" +
                                     "  B:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - {Name: a, Image: c}\n");
            CliResult result = CliRun.Run(temp.Path, "import", "stack.yaml");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("public static class Web\n", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("public static class Web2\n", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("imported from stack.yaml (B)", result.Stdout, StringComparison.Ordinal);

            temp.Write("broken.json", "{\"family\":");
            CliResult broken = CliRun.Run(temp.Path, "import", "broken.json");
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("broken.json: error TDK0001", broken.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, CliRun.Run(temp.Path, "import", "stack.yaml", "--namespace", "1bad").ExitCode);
        }

        /// <summary>
        /// Every definition of every readable corpus file: imported, compiled in one compilation, run, and compared with
        /// the input. None may differ; the corpus files that cannot be read at all are pinned (docs/import.md).
        /// </summary>
        [Fact]
        public void The_whole_corpus_round_trips_through_import()
        {
            var sources = new List<string>();
            var expected = new Dictionary<string, byte[]>();
            var unreadable = new List<string>();
            foreach (string file in Directory.GetFiles(RepoPaths.CorpusTaskDefinitions, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                string name = Path.GetFileNameWithoutExtension(file);
                List<NamedDefinition>? found = DefinitionSet.Read(File.ReadAllBytes(file), new InputItem(file, file, named: true), out _);
                var definitions = new List<(string, TaskDefinition)>();
                foreach (NamedDefinition named in found ?? new List<NamedDefinition>())
                {
                    if (TaskDefinitionDocument.Parse(named.Json).Definition is TaskDefinition definition)
                    {
                        definitions.Add((named.Label, definition));
                    }
                }

                if (definitions.Count == 0)
                {
                    unreadable.Add(name);
                    continue;
                }

                string ns = "Corpus.F" + name.Substring(0, 3);
                sources.Add(ImportedFile.Builder(definitions, Path.GetFileName(file), ns));
                var taken = new HashSet<string>(StringComparer.Ordinal);
                foreach ((_, TaskDefinition definition) in definitions)
                {
                    expected[ns + "." + ImportedFile.ClassName(definition.Family, taken)] = TaskDefinitionJson.SerializeToUtf8(definition);
                }
            }

            Dictionary<string, TaskDefinition> rebuilt = CompileAndRun(sources);
            var failures = new List<string>();
            foreach (KeyValuePair<string, byte[]> entry in expected)
            {
                string changes = ExportRoundTrip.Changes(entry.Value, TaskDefinitionJson.SerializeToUtf8(rebuilt[entry.Key]));
                if (changes.Length > 0)
                {
                    failures.Add(entry.Key + ":\n" + changes);
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(expected.Count >= 79, expected.Count + " definitions");
            Assert.Equal(ImportCorpusReport.Unreadable, unreadable);
            string report = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "import.md"));
            Assert.All(unreadable, name => Assert.Contains("`" + name + ".json`", report, StringComparison.Ordinal));
        }

        /// <summary>Compiles the sources against TaskDefKit in memory, loads the assembly and reads each class's <c>Definition</c>.</summary>
        private static Dictionary<string, TaskDefinition> CompileAndRun(IEnumerable<string> sources)
        {
            // Not the analyzer assembly this test project references: it holds the model's types too.
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path) != "TaskDefKit.Analyzers.dll")
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(TaskDefinition).Assembly.Location))
                .ToList();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Imported" + Guid.NewGuid().ToString("N"),
                sources.Select(source => CSharpSyntaxTree.ParseText(source, parse)),
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
            Diagnostic[] problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(emitted.Success && problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));

            var context = new AssemblyLoadContext("imported", isCollectible: true);
            try
            {
                image.Position = 0;
                Assembly assembly = context.LoadFromStream(image);
                var definitions = new Dictionary<string, TaskDefinition>(StringComparer.Ordinal);
                foreach (Type type in assembly.GetExportedTypes())
                {
                    definitions[type.FullName!] = (TaskDefinition)type.GetProperty("Definition")!.GetValue(null)!;
                }

                return definitions;
            }
            finally
            {
                context.Unload();
            }
        }
    }

    /// <summary>The corpus files <c>import</c> cannot read (no task definition in them): docs/import.md lists them with the reason.</summary>
    internal static class ImportCorpusReport
    {
        public static readonly string[] Unreadable =
        {
            "042-otel-ec2-sidecar-malformed-command",
            "044-otel-ec2-daemon-malformed-command",
            "045-appmesh-colorteller-jq-template",
            "046-appmesh-xray-daemon-container-fragment",
            "047-appmesh-envoy-container-fragment",
            "064-codedeploy-ec2-unquoted-placeholders",
            "066-triton-gpu-ec2-envsubst-template",
            "073-cli-v1-describe-with-shell-prompt",
            "076-tf-container-defs-unquoted-port",
            "086-docs-splunk-fragment-malformed",
            "087-docs-fluentd-driver-fragment",
        };
    }
}
