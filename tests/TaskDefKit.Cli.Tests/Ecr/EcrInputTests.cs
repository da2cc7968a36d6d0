using System;
using System.Text;
using System.Text.Json;
using TaskDefKit.Cli.Input;
using TaskDefKit.Cli.Input.Kinds.Ecr;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Cli.Tests.Services;

namespace TaskDefKit.Cli.Tests.Ecr
{
    /// <summary>
    /// ECR inputs in <c>taskdef validate</c> (issue 12, items 3 and 5): a lifecycle policy file, put-lifecycle-policy and
    /// create-repository inputs are recognised by content, judged with the run's task definitions (TDK9208) and
    /// put-lifecycle-policy inputs (TDK9212), findings at the file's line and column — inside the policy text too.
    /// </summary>
    public class EcrInputTests
    {
        [Theory]
        [InlineData("{\"rules\":[]}", typeof(LifecyclePolicyKind))]
        [InlineData("{\"rules\":\"oops\"}", typeof(LifecyclePolicyKind))]
        [InlineData("{\"repositoryName\":\"web\",\"lifecyclePolicyText\":\"{}\"}", typeof(PutLifecyclePolicyKind))]
        [InlineData("{\"repositoryName\":\"web\"}", typeof(CreateRepositoryKind))]
        [InlineData("{\"imageTagMutability\":\"IMMUTABLE\"}", typeof(CreateRepositoryKind))]
        [InlineData("{\"repositoryName\":\"web\",\"imageScanningConfiguration\":{\"scanOnPush\":true}}", typeof(CreateRepositoryKind))]
        public void Each_ecr_input_is_recognised_by_its_members(string json, Type expected) =>
            Assert.Equal(expected, DocumentSniffer.Recognise(Encoding.UTF8.GetBytes(json), "input.json").GetType());

        [Fact]
        public void A_grammar_mistake_in_a_policy_file_is_an_error_at_its_value()
        {
            using var temp = new TempFolder();
            string policy = EcrText.Policy(EcrText.CountUnitMistake);
            temp.Write("policy.json", policy);
            CliResult result = CliRun.Run(temp.Path, "validate", "policy.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            (int line, int column) = EcrText.Position(policy, "\"days\"");
            Assert.Contains("policy.json:" + line + ":" + column + ": error TDK9205", result.Stdout, StringComparison.Ordinal);

            temp.Write("policy.json", EcrText.Policy(EcrText.Untagged14Days));
            CliResult clean = CliRun.Run(temp.Path, "validate", "policy.json");
            Assert.True(clean.ExitCode == 0 && !clean.Stdout.Contains("TDK92", StringComparison.Ordinal), clean.ToString());
        }

        [Fact]
        public void A_finding_inside_put_lifecycle_policy_text_is_on_the_outer_line_and_column()
        {
            using var temp = new TempFolder();
            string input = "{\n  \"repositoryName\": \"web\",\n  \"lifecyclePolicyText\": " + JsonSerializer.Serialize(EcrText.Policy(EcrText.CountUnitMistake)) + "\n}\n";
            temp.Write("put.json", input);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "put.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings.Only("TDK92"));
            Assert.Equal("TDK9205", finding.Rule);
            // JsonSerializer writes each quote as \u0022: the finding is where that escape starts.
            Assert.Equal(EcrText.Position(input, "\\u0022days\\u0022"), (finding.Line, finding.Column));

            // Its repository's settings are not in this input: no scan-on-push or tag-mutability advice.
            Assert.DoesNotContain(findings, f => f.Rule is "TDK9210" or "TDK9211" or "TDK9212");
        }

        [Fact]
        public void Malformed_policy_text_is_located_where_the_json_breaks()
        {
            using var temp = new TempFolder();
            string input = "{\n  \"repositoryName\": \"web\",\n  \"lifecyclePolicyText\": \"{\\\"rules\\\": [ {\\\"rulePriority\\\": 1,, } ]}\"\n}\n";
            temp.Write("put.json", input);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "put.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings.Only("TDK92"));
            Assert.Equal("TDK9201", finding.Rule);
            Assert.Contains("not valid JSON", finding.Message, StringComparison.Ordinal);
            (int line, int column) = EcrText.Position(input, ",,");
            Assert.Equal((line, column + 1), (finding.Line, finding.Column));
        }

        [Fact]
        public void Policy_text_that_is_a_number_or_an_object_is_a_clear_error()
        {
            using var temp = new TempFolder();
            temp.Write("number.json", "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": \"5\" }");
            const string objectJson = "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": { \"rules\": [] } }";
            temp.Write("object.json", objectJson);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "number.json", "object.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(findings, f => f.Rule == "TDK9201" && f.Message.Contains("not the number 5", StringComparison.Ordinal) && f.Line == 1);
            Assert.Contains(findings, f => f.Rule == "TDK9201" && f.Message.Contains("must be a JSON string", StringComparison.Ordinal) && (f.Line, f.Column) == EcrText.Position(objectJson, "{ \"rules\""));
            Assert.DoesNotContain(findings, f => f.Rule == "TDK0003");
        }

        [Fact]
        public void A_policy_that_expires_a_tag_a_task_definition_of_the_run_uses_warns_whatever_the_order()
        {
            using var temp = new TempFolder();
            string policy = EcrText.Policy(EcrText.KeepFive("release-*"));
            temp.Write("a-policy.json", policy);
            temp.Write("b-put.json", "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": " + JsonSerializer.Serialize(policy) + " }");
            temp.Write("z-taskdef.json", EcrText.TaskDefinition(EcrText.WebImage));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "a-policy.json", "b-put.json", "z-taskdef.json");
            Assert.True(result.ExitCode == 0, result.ToString()); // a warning: exit code 0, as for every kind
            var warnings = findings.Only("TDK9208");
            Assert.Equal(2, warnings.Count);
            Assert.All(warnings, w => Assert.Contains("task definition 'web'", w.Message, StringComparison.Ordinal));
            Assert.Equal(EcrText.Position(policy, "{ \"tagStatus\""), (warnings[0].Line, warnings[0].Column));

            // Near miss: the rule keeps other tags, or the policy is for another repository.
            temp.Write("a-policy.json", EcrText.Policy(EcrText.KeepFive("nightly-*")));
            temp.Write("b-put.json", "{ \"repositoryName\": \"api\", \"lifecyclePolicyText\": " + JsonSerializer.Serialize(policy) + " }");
            var silent = ValidateJson.Findings(temp.Path, out CliResult clean, "a-policy.json", "b-put.json", "z-taskdef.json");
            Assert.True(clean.ExitCode == 0, clean.ToString());
            Assert.Empty(silent.Only("TDK9208"));
        }

        [Fact]
        public void The_task_definition_option_is_what_lifecycle_policies_are_judged_against()
        {
            using var temp = new TempFolder();
            temp.Write("policy.json", EcrText.Policy(EcrText.KeepFive("release-*")));
            temp.Write("taskdef.json", EcrText.TaskDefinition(EcrText.WebImage));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "--task-definition", "taskdef.json", "policy.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Single(findings.Only("TDK9208"));
        }

        [Fact]
        public void A_create_repository_input_without_a_put_lifecycle_policy_in_the_run_gets_advice()
        {
            using var temp = new TempFolder();
            string create = "{\n  \"repositoryName\": \"web\",\n  \"imageTagMutability\": \"MUTABLE\"\n}\n";
            temp.Write("create.json", create);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "create.json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(findings, f => f.Rule == "TDK9212" && (f.Line, f.Column) == (1, 1));
            Assert.Contains(findings, f => f.Rule == "TDK9211" && (f.Line, f.Column) == EcrText.Position(create, "\"MUTABLE\""));
            Assert.Contains(findings, f => f.Rule == "TDK9210");

            // With a put-lifecycle-policy input for the same repository, given before or after it: no TDK9212.
            string put = "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": " + JsonSerializer.Serialize(EcrText.Policy(EcrText.Untagged14Days)) + " }";
            temp.Write("put.json", put);
            Assert.DoesNotContain(ValidateJson.Findings(temp.Path, out _, "create.json", "put.json"), f => f.Rule == "TDK9212");
            Assert.DoesNotContain(ValidateJson.Findings(temp.Path, out _, "put.json", "create.json"), f => f.Rule == "TDK9212");

            // A policy for another repository does not count.
            temp.Write("put.json", put.Replace("\"web\"", "\"api\"", StringComparison.Ordinal));
            Assert.Contains(ValidateJson.Findings(temp.Path, out _, "create.json", "put.json"), f => f.Rule == "TDK9212");
        }

        [Fact]
        public void An_unknown_create_repository_member_is_named_at_its_line()
        {
            using var temp = new TempFolder();
            string create = "{\n  \"repositoryName\": \"web\",\n  \"imageTagMutability\": \"IMMUTABLE\",\n  \"scanOnPush\": true\n}\n";
            temp.Write("create.json", create);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "create.json");
            Assert.Contains(findings, f => f.Message.Contains("scanOnPush", StringComparison.Ordinal) && (f.Line, f.Column) == EcrText.Position(create, "\"scanOnPush\""));
            Assert.DoesNotContain(findings, f => f.Rule == "TDK0003");
            Assert.True(result.ExitCode == 1, result.ToString()); // TDK1029 is an error: the AWS CLI refuses the input
        }

        [Fact]
        public void Sarif_and_text_carry_ecr_findings_like_any_other()
        {
            using var temp = new TempFolder();
            temp.Write("policy.json", EcrText.Policy(EcrText.CountUnitMistake));
            CliResult sarif = CliRun.Run(temp.Path, "validate", "-f", "sarif", "policy.json");
            Assert.True(sarif.ExitCode == 1, sarif.ToString());
            using JsonDocument log = JsonDocument.Parse(sarif.Stdout);
            JsonElement first = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
            Assert.Equal("TDK9205", first.GetProperty("ruleId").GetString());
            Assert.Equal(EcrText.Position(EcrText.Policy(EcrText.CountUnitMistake), "\"days\"").Line,
                first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        }
    }
}
