using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TaskDefKit.Builders;
using TaskDefKit.Json;
using TaskDefKit.Model;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Readme
{
    /// <summary>
    /// The C# in README.md is copied from the marked regions of this file, so it compiles and runs; a test fails when
    /// the README's code blocks and these regions differ.
    /// </summary>
    public class ReadmeSnippetTests
    {
        private static string BuildWebTask() => BuildWebTask(out _);

        private static string BuildWebTask(out IReadOnlyList<RuleDiagnostic> diagnostics)
        {
            // README:builder:begin
            TaskDefinitionBuildResult web = TaskDefinitionBuilder.Create("web")
                .Fargate(FargateSize.Cpu256.Memory512)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .Container("web", c => c
                    .Image("public.ecr.aws/nginx/nginx:1.27")
                    .Port(80)
                    .AwsLogs(group: "/ecs/web", region: "us-east-1", streamPrefix: "web")
                    .Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"))
                .Build();

            foreach (RuleDiagnostic finding in web.Diagnostics) Console.WriteLine(finding);
            string json = web.ToJson(); // throws TaskDefinitionValidationException if there are errors
            // README:builder:end
            diagnostics = web.Diagnostics;
            return json;
        }

        private static bool ReadAndValidate(string path)
        {
            // README:reader:begin
            TaskDefinitionDocument document = TaskDefinitionDocument.Load(path); // register input or describe output
            IReadOnlyList<RuleDiagnostic> findings = document.Validate(new ValidationOptions { TargetLaunchType = Compatibility.Fargate });
            foreach (RuleDiagnostic finding in findings)
            {
                Console.WriteLine(finding); // e.g. taskdef.json:3:18: error TDK1008: ... [/networkMode]
            }

            bool ok = !TaskDefinitionDocument.HasErrors(findings);
            // README:reader:end
            return ok;
        }

        [Fact]
        public void The_readme_code_blocks_are_the_code_of_this_file()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
            string[] source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "TaskDefKit.Tests", "Readme", "ReadmeSnippetTests.cs"));
            foreach (string region in new[] { "builder", "reader" })
            {
                string snippet = Region(source, region);
                Assert.True(readme.Contains("```csharp\n" + snippet + "```\n", StringComparison.Ordinal),
                    "README.md has no ```csharp block equal to the '" + region + "' region of ReadmeSnippetTests.cs:\n" + snippet);
            }
        }

        [Fact]
        public void The_builder_snippet_runs_and_emits_the_web_task()
        {
            string json = BuildWebTask();
            Assert.Contains("\"family\": \"web\"", json, StringComparison.Ordinal);
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { ["web.json"] = json });
            Assert.True(verdict.AllValid, verdict.Output);
        }

        [Fact]
        public void The_builder_snippet_has_no_warning_under_the_default_profile()
        {
            BuildWebTask(out IReadOnlyList<RuleDiagnostic> diagnostics);
            Assert.DoesNotContain(diagnostics, d => d.Severity >= TaskDefKit.Rules.RuleSeverity.Warning);

            // The hygiene advice is still there, as suggestions: read-only root filesystem, non-root user.
            Assert.Contains(diagnostics, d => d.RuleId == TaskDefKit.Rules.RuleIds.WritableRootFilesystem);
            Assert.Contains(diagnostics, d => d.RuleId == TaskDefKit.Rules.RuleIds.ContainerRunsAsRoot);
        }

        [Fact]
        public void The_reader_snippet_runs()
        {
            string path = Path.Combine(Path.GetTempPath(), "taskdefkit-readme-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                File.WriteAllText(path, Definitions.FargateWeb);
                Assert.True(ReadAndValidate(path));
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static string Region(string[] lines, string name)
        {
            int begin = Array.FindIndex(lines, l => l.Trim() == "// README:" + name + ":begin");
            int end = Array.FindIndex(lines, l => l.Trim() == "// README:" + name + ":end");
            Assert.True(begin >= 0 && end > begin, "region " + name + " not found");
            string[] body = lines.Skip(begin + 1).Take(end - begin - 1).ToArray();
            int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            return string.Concat(body.Select(l => (l.Length >= indent ? l.Substring(indent) : l.TrimStart()) + "\n"));
        }
    }
}
