using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Eng.ModelGenerator;
using TaskDefKit.Testing;

namespace TaskDefKit.Tests.Model
{
    /// <summary>
    /// src/Shared/Model is generated from the ECS API model plus eng/ModelGenerator/overrides.json: the checked-in
    /// files equal a fresh generation, and the root list alone decides which shapes are written.
    /// </summary>
    public class ModelGeneratorTests
    {
        private static string Overrides => Path.Combine(RepoPaths.Root, ModelFiles.OverridesPath);

        [Fact]
        public void Checked_in_model_equals_the_generated_one()
        {
            ModelOutcome outcome = ModelFiles.Generate(RepoPaths.EcsModel, Overrides);
            Assert.True(outcome.Errors.Count == 0, string.Join("\n", outcome.Errors));
            Assert.Contains(outcome.Files, f => f.Path == "src/Shared/Model/TaskDefinition.cs");
            Assert.Contains(outcome.Files, f => f.Path == "src/Shared/Model/Enums/NetworkMode.cs");

            IReadOnlyList<string> stale = ModelFiles.StaleFiles(RepoPaths.Root, outcome.Files);
            Assert.True(stale.Count == 0, string.Join(", ", stale) + " differ from the API model + overrides; run: " + ModelFiles.RegenerateCommand);
        }

        [Fact]
        public void The_root_list_selects_what_is_generated_and_an_unknown_root_is_named()
        {
            string dir = Path.Combine(Path.GetTempPath(), "tdk-modelgen-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string path = Path.Combine(dir, "overrides.json");
                File.WriteAllText(path, "{ \"roots\": [ { \"shape\": \"DeploymentCircuitBreaker\", \"folder\": \"Services\", \"namespace\": \"X.Services\" } ] }");
                ModelOutcome outcome = ModelFiles.Generate(RepoPaths.EcsModel, path);
                Assert.Empty(outcome.Errors);
                GeneratedFile file = Assert.Single(outcome.Files);
                Assert.Equal("src/Shared/Model/Services/DeploymentCircuitBreaker.cs", file.Path);
                Assert.Contains("namespace X.Services\n", file.Content, StringComparison.Ordinal);
                Assert.Contains("MemberSchema.Scalar(\"rollback\", SchemaKind.Boolean, true,", file.Content, StringComparison.Ordinal);
                Assert.DoesNotContain("\r", file.Content, StringComparison.Ordinal);

                File.WriteAllText(path, "{ \"roots\": [ { \"shape\": \"NoSuchRequest\", \"folder\": \"\", \"namespace\": \"X\" } ] }");
                string error = Assert.Single(ModelFiles.Generate(RepoPaths.EcsModel, path).Errors);
                Assert.Contains("'NoSuchRequest'", error, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [Fact]
        public void A_changed_file_is_reported_stale()
        {
            ModelOutcome outcome = ModelFiles.Generate(RepoPaths.EcsModel, Overrides);
            string dir = Path.Combine(Path.GetTempPath(), "tdk-modelgen-" + Guid.NewGuid().ToString("N"));
            try
            {
                foreach (GeneratedFile file in outcome.Files)
                {
                    string target = Path.Combine(dir, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, file.Path.EndsWith("/Tag.cs", StringComparison.Ordinal) ? file.Content.Replace("key", "kee", StringComparison.Ordinal) : file.Content);
                }

                Assert.Equal(new[] { "src/Shared/Model/Tag.cs" }, ModelFiles.StaleFiles(dir, outcome.Files).ToArray());
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [Theory]
        [InlineData("WINDOWS_SERVER_2019_FULL", "WindowsServer2019Full")]
        [InlineData("on-failure", "OnFailure")]
        [InlineData("1.4.0", "V1_4_0")]
        [InlineData("awslogs", "Awslogs")]
        public void Enum_member_names_default_to_PascalCase(string value, string expected) =>
            Assert.Equal(expected, EnumWriter.MemberName(value));
    }
}
