using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.CloudFormation;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Terraform;

namespace TaskDefKit.Cli.Tests.Commands
{
    /// <summary>
    /// <c>taskdef emit --format cloudformation|cloudformation-yaml|terraform</c>: the files read back through taskdef's
    /// own CloudFormation and HCL readers to the same definition (semantic diff), and the templates pass cfn-lint.
    /// </summary>
    public class EmitFormatTests
    {
        private static string TestAssembly => typeof(EmitFormatTests).Assembly.Location;

        private static string Fixture(string name) => Path.Combine(CliRun.Fixtures, "export", name);

        public static TheoryData<string, string> Formats() => new TheoryData<string, string>
        {
            { "cloudformation", ".template.json" },
            { "cloudformation-yaml", ".template.yaml" },
            { "terraform", ".tf" },
        };

        [Theory]
        [MemberData(nameof(Formats))]
        public void Files_are_written_in_the_format_and_read_back_to_the_same_definition(string format, string extension)
        {
            using var temp = new TempFolder();
            CliResult result = CliRun.Run(temp.Path, "emit", "--format", format, "-o", "out", Fixture("everything.json"), Fixture("fargate-web.json"));
            Assert.True(result.ExitCode == 0, result.ToString());
            foreach (string family in new[] { "everything", "fargate-web" })
            {
                string path = Path.Combine(temp.Path, "out", family + extension);
                Assert.Contains("wrote out/" + family + extension, result.Stdout, StringComparison.Ordinal);
                NamedDefinition readBack = Assert.Single(ExportRoundTrip.ReadBack(path));
                byte[] original = File.ReadAllBytes(Fixture(family + ".json"));
                Assert.Equal(string.Empty, ExportRoundTrip.Changes(original, readBack.Json));
            }
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void An_assemblys_definitions_are_written_in_the_format_and_switching_formats_keeps_the_manifest_right(string format, string extension)
        {
            using var temp = new TempFolder();
            CliResult json = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out");
            CliResult converted = CliRun.Run(temp.Path, "emit", "--assembly", TestAssembly, "--out", "out", "-f", format, "-f", "msbuild");
            Assert.Equal(json.ExitCode, converted.ExitCode);
            string written = Path.Combine(temp.Path, "out", "alpha" + extension);
            Assert.Equal(string.Empty, ExportRoundTrip.Changes(File.ReadAllBytes(Path.Combine(temp.Path, "out", "alpha.json")), Assert.Single(ExportRoundTrip.ReadBack(written)).Json));
            Assert.DoesNotContain("no longer registers", converted.Stderr, StringComparison.Ordinal);
            string manifest = File.ReadAllText(Path.Combine(temp.Path, "out", EmitManifestName));
            Assert.Contains("alpha.json", manifest, StringComparison.Ordinal);
            Assert.Contains("alpha" + extension, manifest, StringComparison.Ordinal);
        }

        [Fact]
        public void Findings_on_a_converted_file_have_no_json_line_and_use_terraform_names()
        {
            using var temp = new TempFolder();
            temp.Write("bad.json", "{\"family\":\"bad\",\"networkMode\":\"bridge\",\"proxyConfiguration\":{\"type\":\"APPMESH\",\"containerName\":\"a\"},\"containerDefinitions\":[{\"name\":\"a\",\"image\":\"b\",\"memory\":64}]}");
            CliResult result = CliRun.Run(temp.Path, "emit", "-f", "terraform", "-o", "out", "bad.json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("out/bad.tf: error TDK1026: proxy_configuration needs network mode awsvpc", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("not written: the definition has errors", result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Two_file_formats_or_both_inputs_are_usage_errors_and_unreadable_files_say_why()
        {
            using var temp = new TempFolder();
            CliResult twoFormats = CliRun.Run(temp.Path, "emit", "-f", "terraform", "-f", "cloudformation", "-o", "out", Fixture("fargate-web.json"));
            Assert.Equal(2, twoFormats.ExitCode);
            Assert.Contains("give one file format", twoFormats.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, CliRun.Run(temp.Path, "emit", "-a", TestAssembly, "-o", "out", Fixture("fargate-web.json")).ExitCode);
            temp.Write("broken.json", "{\"family\":");
            CliResult broken = CliRun.Run(temp.Path, "emit", "-f", "terraform", "-o", "out", "broken.json");
            Assert.Equal(2, broken.ExitCode);
            Assert.Contains("broken.json: error TDK0001", broken.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_definition_of_a_template_is_written()
        {
            using var temp = new TempFolder();
            TaskDefinition web = TaskDefinitionDocument.Parse(File.ReadAllBytes(Fixture("fargate-web.json"))).Definition!;
            TaskDefinition everything = TaskDefinitionDocument.Parse(File.ReadAllBytes(Fixture("everything.json"))).Definition!;
            temp.Write("stack.yaml", new CloudFormationTemplateBuilder().AddTaskDefinition("Web", web).AddTaskDefinition("Everything", everything).ToYaml());
            CliResult result = CliRun.Run(temp.Path, "emit", "-f", "terraform", "-o", "out", "stack.yaml");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "fargate-web.tf")));
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", "everything.tf")));
        }

        [CfnLintFact]
        public void Emitted_templates_pass_cfn_lint()
        {
            using var temp = new TempFolder();
            Assert.Equal(0, CliRun.Run(temp.Path, "emit", "-f", "cloudformation", "-o", "json", Fixture("everything.json"), Fixture("fargate-web.json")).ExitCode);
            Assert.Equal(0, CliRun.Run(temp.Path, "emit", "-f", "cloudformation-yaml", "-o", "yaml", Fixture("everything.json"), Fixture("fargate-web.json")).ExitCode);
            var templates = new Dictionary<string, string>();
            foreach (string path in Directory.GetFiles(Path.Combine(temp.Path, "json"), "*.template.json").Concat(Directory.GetFiles(Path.Combine(temp.Path, "yaml"), "*.template.yaml")))
            {
                templates[Path.GetFileName(path)] = File.ReadAllText(path, Encoding.UTF8);
            }

            Assert.Equal(4, templates.Count);
            (int exitCode, string output) = CfnLint.Lint(templates);
            Assert.True(exitCode == 0, output);
        }

        /// <summary>
        /// The whole real-world corpus (every definition of every readable file, in any form) through both writers and
        /// back through taskdef's readers: no semantic change, except that Terraform cannot hold an empty string in a
        /// task-level argument (the AWS provider, and so the .tf reader, takes <c>ipc_mode = ""</c> as unset): the corpus
        /// files that have one are pinned.
        /// </summary>
        [Fact]
        public void The_corpus_round_trips_through_cloudformation_and_terraform()
        {
            using var temp = new TempFolder();
            var failures = new List<string>();
            var emptyInTerraform = new List<string>();
            int checkedDefinitions = 0;
            foreach ((string name, TaskDefinition definition) in ExportRoundTrip.CorpusDefinitions())
            {
                byte[] original = TaskDefinitionJson.SerializeToUtf8(definition);
                var written = new Dictionary<string, string>
                {
                    [name + ".template.json"] = CloudFormationTemplateBuilder.For(definition).ToJson(),
                    [name + ".template.yaml"] = CloudFormationTemplateBuilder.For(definition).ToYaml(),
                    [name + ".tf"] = TerraformWriter.TaskDefinition(definition),
                };
                foreach (KeyValuePair<string, string> output in written)
                {
                    string path = temp.Write(output.Key, output.Value);
                    string changes = ExportRoundTrip.Changes(original, Assert.Single(ExportRoundTrip.ReadBack(path)).Json);
                    if (changes.Length > 0 && output.Key.EndsWith(".tf", StringComparison.Ordinal) &&
                        changes.Split('\n').All(change => change.StartsWith("task ", StringComparison.Ordinal) && change.EndsWith(": \"\" -> ", StringComparison.Ordinal)))
                    {
                        emptyInTerraform.Add(name);
                    }
                    else if (changes.Length > 0)
                    {
                        failures.Add(output.Key + ":\n" + changes);
                    }
                }

                checkedDefinitions++;
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.Equal(new[] { "061-ecspresso-rails-empty-enums", "063-ecspresso-awslogs-nonblocking", "072-discord-bot-empty-image-and-roles", "091-ecspresso-fargate-arm64-jsonnet" }, emptyInTerraform);
            Assert.True(checkedDefinitions >= 79, checkedDefinitions + " corpus definitions");
        }

        /// <summary>
        /// cfn-lint finds no schema problem (unknown property, wrong type, missing required property) in the template of
        /// any corpus definition whose members the model knows. Definitions that carry members ECS does not have
        /// (the corpus's misspellings, kept by the reader) would carry them into the template too, so they are left
        /// out; findings about content (a made-up account ID in an ARN) are the corpus's, not the writer's.
        /// </summary>
        [CfnLintFact]
        public void Corpus_templates_have_no_cloudformation_schema_findings()
        {
            var templates = new Dictionary<string, string>();
            foreach ((string name, TaskDefinition definition) in ExportRoundTrip.CorpusDefinitions())
            {
                if (!ExportRoundTrip.HasUnknownMembers(definition, TaskDefinition.Schema))
                {
                    templates[name + ".yaml"] = CloudFormationTemplateBuilder.For(definition).ToYaml();
                }
            }

            (_, string output) = CfnLint.Lint(templates);
            string[] schemaFindings = output.Split('\n').Where(line => line.StartsWith("E3002", StringComparison.Ordinal) || line.StartsWith("E3003", StringComparison.Ordinal) || line.StartsWith("E3012", StringComparison.Ordinal) || line.StartsWith("E0", StringComparison.Ordinal)).ToArray();
            Assert.True(schemaFindings.Length == 0, string.Join("\n", schemaFindings));
            Assert.True(templates.Count >= 75, templates.Count + " templates");
        }

        private const string EmitManifestName = ".taskdef-emitted";
    }
}
