using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>Build() validates; JSON of a definition with errors needs <c>allowErrors: true</c>.</summary>
    public class BuildResultTests
    {
        private static readonly RuleDiagnostic Error = new RuleDiagnostic(RuleIds.FamilyName, RuleSeverity.Error, "Family 'bad family!' contains invalid characters.", "/family");
        private static readonly RuleDiagnostic Warning = new RuleDiagnostic(RuleIds.WritableRootFilesystem, RuleSeverity.Warning, "Set readonlyRootFilesystem.", "/containerDefinitions/0/readonlyRootFilesystem");
        private static readonly RuleDiagnostic Info = new RuleDiagnostic(RuleIds.MutableImageTag, RuleSeverity.Info, "Pin the image.", "/containerDefinitions/0/image");

        private static TaskDefinitionBuildResult Result(params RuleDiagnostic[] diagnostics) =>
            new TaskDefinitionBuildResult(BuilderCases.FargateWeb().Build().Definition, diagnostics);

        [Fact]
        public void Build_returns_exactly_the_validators_findings()
        {
            TaskDefinitionBuilder builder = TaskDefinitionBuilder.Create("bad family!")
                .Fargate()
                .Container("web", c => c.Image("nginx").Essential(false));
            TaskDefinitionBuildResult result = builder.Build();

            IReadOnlyList<RuleDiagnostic> direct = TaskDefinitionValidator.Validate(result.Definition);
            Assert.Equal(direct.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(direct.Where(d => d.Severity == RuleSeverity.Error).Select(d => d.ToString()), result.Errors.Select(d => d.ToString()));
            Assert.Equal(result.Errors.Count > 0, result.HasErrors);

            // Once the TDK1 rules are in, this definition has errors (bad family, no task size, no essential container).
            if (RuleSet.TaskDefinitionRules.Any(r => r.Id == RuleIds.FamilyName))
            {
                Assert.Contains(result.Errors, d => d.RuleId == RuleIds.FamilyName && d.Pointer == "/family");
                Assert.Throws<TaskDefinitionValidationException>(() => result.ToJson());
            }
        }

        [Fact]
        public void Build_passes_validation_options_through()
        {
            var options = new ValidationOptions
            {
                TargetLaunchType = Compatibility.Fargate,
                IgnoredRules = new HashSet<string>(RuleCatalog.All.Select(r => r.Id)),
            };

            Assert.Empty(TaskDefinitionBuilder.Create("bad family!").Build(options).Diagnostics);
        }

        [Fact]
        public void Errors_warnings_and_infos_are_sorted_into_their_lists()
        {
            TaskDefinitionBuildResult result = Result(Error, Warning, Info);

            Assert.Equal(new[] { Error, Warning, Info }, result.Diagnostics);
            Assert.Equal(new[] { Error }, result.Errors);
            Assert.Equal(new[] { Warning }, result.Warnings);
            Assert.True(result.HasErrors);
        }

        [Fact]
        public void ToJson_refuses_a_definition_with_errors_and_lists_them()
        {
            TaskDefinitionBuildResult result = Result(Error, Warning);

            TaskDefinitionValidationException thrown = Assert.Throws<TaskDefinitionValidationException>(() => result.ToJson());
            Assert.Equal(new[] { Error }, thrown.Errors);
            Assert.Contains("Task definition 'web' has 1 error", thrown.Message);
            Assert.Contains("allowErrors: true", thrown.Message);
            Assert.Contains("error TDK1001: Family 'bad family!' contains invalid characters. [/family]", thrown.Message);
            Assert.DoesNotContain(RuleIds.WritableRootFilesystem, thrown.Message);

            Assert.Throws<TaskDefinitionValidationException>(() => result.ToUtf8Bytes());
            Assert.Throws<TaskDefinitionValidationException>(() => result.ThrowIfErrors());
        }

        [Fact]
        public void AllowErrors_emits_the_json_anyway()
        {
            TaskDefinitionBuildResult result = Result(Error);

            Assert.Equal(TaskDefinitionJson.Serialize(result.Definition), result.ToJson(allowErrors: true));
            Assert.Equal(TaskDefinitionJson.Serialize(result.Definition, indented: false), result.ToJson(indented: false, allowErrors: true));
            Assert.Equal(TaskDefinitionJson.SerializeToUtf8(result.Definition), result.ToUtf8Bytes(allowErrors: true));
        }

        [Fact]
        public void Warnings_and_infos_do_not_block_the_json()
        {
            TaskDefinitionBuildResult result = Result(Warning, Info);

            Assert.False(result.HasErrors);
            Assert.Same(result, result.ThrowIfErrors());
            Assert.StartsWith("{\n  \"family\": \"web\",", result.ToJson());
        }

        [Fact]
        public void WriteFile_writes_nothing_when_refusing_and_the_same_bytes_otherwise()
        {
            string folder = Path.Combine(Path.GetTempPath(), "taskdefkit-builder-" + System.Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                string refused = Path.Combine(folder, "refused.json");
                Assert.Throws<TaskDefinitionValidationException>(() => Result(Error).WriteFile(refused));
                Assert.False(File.Exists(refused));

                string written = Path.Combine(folder, "web.json");
                TaskDefinitionBuildResult ok = Result(Warning);
                ok.WriteFile(written);
                Assert.Equal(ok.ToUtf8Bytes(), File.ReadAllBytes(written));
                Assert.EndsWith("}\n", File.ReadAllText(written));

                Result(Error).WriteFile(refused, indented: false, allowErrors: true);
                Assert.Equal(TaskDefinitionJson.SerializeToUtf8(ok.Definition, indented: false), File.ReadAllBytes(refused));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void The_same_definition_built_twice_gives_the_same_bytes()
        {
            foreach (System.Func<TaskDefinitionBuilder> make in BuilderOracleTests.AllCases.Values)
            {
                byte[] first = make().Build().ToUtf8Bytes(allowErrors: true);
                byte[] second = make().Build().ToUtf8Bytes(allowErrors: true);
                Assert.Equal(first, second);

                TaskDefinitionBuilder builder = make();
                Assert.Equal(builder.Build().ToJson(indented: false, allowErrors: true), builder.Build().ToJson(indented: false, allowErrors: true));
            }
        }

        [Fact]
        public void Emitted_json_reads_back_to_an_equal_definition()
        {
            foreach (System.Func<TaskDefinitionBuilder> make in BuilderOracleTests.AllCases.Values)
            {
                string json = make().Build().ToJson(allowErrors: true);
                TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json);
                Assert.Empty(document.ReadDiagnostics);
                Assert.Equal(json, TaskDefinitionJson.Serialize(document.Definition!));
            }
        }
    }
}
