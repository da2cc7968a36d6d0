using System;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TaskDefKit.Cli.Tests.Infrastructure;
using TaskDefKit.Cli.Tests.Services;

namespace TaskDefKit.Cli.Tests.Ecr
{
    /// <summary>
    /// <c>AWS::ECR::Repository</c> in a template (issue 12, item 5): the settings rules in the template's names, the
    /// lifecycle policy text inside <c>LifecyclePolicy.LifecyclePolicyText</c> judged at the file's own line and column
    /// (a JSON string in JSON, a block or quoted scalar in YAML), and TDK9208 against the template's task definitions.
    /// </summary>
    public class CloudFormationEcrTests
    {
        private static string YamlTemplate(string selection, string image = "!Sub \"${Repo.RepositoryUri}:release-7\"", string repositoryName = "web") =>
            "AWSTemplateFormatVersion: \"2010-09-09\"\n" +
            "Resources:\n" +
            "  Repo:\n" +
            "    Type: AWS::ECR::Repository\n" +
            "    Properties:\n" +
            "      RepositoryName: " + repositoryName + "\n" +
            "      ImageTagMutability: IMMUTABLE\n" +
            "      ImageScanningConfiguration:\n" +
            "        ScanOnPush: true\n" +
            "      LifecyclePolicy:\n" +
            "        LifecyclePolicyText: |\n" +
            "          {\n" +
            "            \"rules\": [\n" +
            "              {\n" +
            "                \"rulePriority\": 1,\n" +
            "                \"description\": \"keep the last five\",\n" +
            "                \"selection\": " + selection + ",\n" +
            "                \"action\": { \"type\": \"expire\" }\n" +
            "              }\n" +
            "            ]\n" +
            "          }\n" +
            "  Web:\n" +
            "    Type: AWS::ECS::TaskDefinition\n" +
            "    Properties:\n" +
            "      Family: web\n" +
            "      RequiresCompatibilities: [FARGATE]\n" +
            "      NetworkMode: awsvpc\n" +
            "      Cpu: \"256\"\n" +
            "      Memory: \"512\"\n" +
            "      ExecutionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole\n" +
            "      ContainerDefinitions:\n" +
            "        - Name: web\n" +
            "          Image: " + image + "\n" +
            "          Essential: true\n";

        [Fact]
        public void A_grammar_mistake_in_yaml_block_policy_text_is_at_the_file_line_and_column()
        {
            using var temp = new TempFolder();
            string template = YamlTemplate(EcrText.CountUnitMistake);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK92");
            Assert.True(result.ExitCode == 1, result.ToString());
            var finding = Assert.Single(findings);
            Assert.Equal("TDK9205", finding.Rule);
            Assert.Equal(EcrText.Position(template, "\"days\""), (finding.Line, finding.Column));
            Assert.EndsWith("(Resources/Repo)", finding.Message, StringComparison.Ordinal);

            temp.Write("stack.yaml", YamlTemplate(EcrText.Untagged14Days));
            Assert.Empty(ValidateJson.Findings(temp.Path, out CliResult clean, "stack.yaml").Only("TDK92"));
            Assert.True(clean.ExitCode == 0, clean.ToString());
        }

        [Theory]
        [InlineData("!Sub \"${Repo.RepositoryUri}:release-7\"", "${Repo.RepositoryUri}:release-7")]
        [InlineData("!Join [\":\", [!GetAtt Repo.RepositoryUri, release-7]]", "${Repo.RepositoryUri}:release-7")]
        [InlineData("!Sub \"${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/${Repo}:release-7\"", "${…}.dkr.ecr.${…}.amazonaws.com/${Repo}:release-7")]
        [InlineData("!Sub \"${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:release-7\"", "${…}.dkr.ecr.${…}.amazonaws.com/web:release-7")]
        [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:release-7", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:release-7")]
        public void A_rule_that_can_expire_the_tag_a_task_definition_of_the_template_uses_warns(string image, string written)
        {
            using var temp = new TempFolder();
            string template = YamlTemplate(EcrText.KeepFive("release-*"), image);
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK92");
            Assert.True(result.ExitCode == 0, result.ToString());
            var finding = Assert.Single(findings);
            Assert.Equal("TDK9208", finding.Rule);
            Assert.Contains("'" + written + "'", finding.Message, StringComparison.Ordinal);
            Assert.Contains("task definition 'web' container 'web'", finding.Message, StringComparison.Ordinal);
            Assert.Equal(EcrText.Position(template, "{ \"tagStatus\""), (finding.Line, finding.Column));
        }

        [Theory]
        [InlineData("nightly-*", "!Sub \"${Repo.RepositoryUri}:release-7\"", "web")]
        [InlineData("release-*", "!Sub \"${Repo.RepositoryUri}@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"", "web")]
        [InlineData("release-*", "!Sub \"${Repo.RepositoryUri}:${Version}\"", "web")]
        [InlineData("release-*", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:release-7", "web")]
        [InlineData("release-*", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:release-7", "!Ref Name")]
        public void Silent_when_the_rule_keeps_the_tag_or_the_use_is_not_known(string pattern, string image, string repositoryName)
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml", YamlTemplate(EcrText.KeepFive(pattern), image, repositoryName));
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(findings.Only("TDK92"));
        }

        [Fact]
        public void Json_template_policy_string_findings_are_inside_the_string()
        {
            using var temp = new TempFolder();
            string policy = EcrText.Policy(EcrText.CountUnitMistake);
            string template = "{\n  \"Resources\": {\n    \"Repo\": {\n      \"Type\": \"AWS::ECR::Repository\",\n      \"Properties\": {\n"
                + "        \"RepositoryName\": \"web\",\n        \"LifecyclePolicy\": { \"LifecyclePolicyText\": "
                + JsonSerializer.Serialize(policy, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + " }\n      }\n    }\n  }\n}\n";
            temp.Write("stack.json", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            var error = Assert.Single(findings.Only("TDK9205"));
            Assert.Equal(EcrText.Position(template, "\\\"days\\\""), (error.Line, error.Column));

            // The settings rules in the template's names, on the line to change.
            var scan = Assert.Single(findings.Only("TDK9210"));
            Assert.Contains("ImageScanningConfiguration.ScanOnPush", scan.Message, StringComparison.Ordinal);
            Assert.Equal(EcrText.Position(template, "{\n        \"RepositoryName\""), (scan.Line, scan.Column));
            Assert.Single(findings.Only("TDK9211"));
            Assert.Empty(findings.Only("TDK9212"));
        }

        [Fact]
        public void A_repository_without_lifecycle_policy_gets_ecr_3_advice_and_unknown_values_stay_silent()
        {
            using var temp = new TempFolder();
            temp.Write("stack.yaml",
                "Parameters:\n  Scan:\n    Type: String\nResources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: !Sub \"${AWS::StackName}-web\"\n      ImageTagMutability: IMMUTABLE\n      ImageScanningConfiguration:\n        ScanOnPush: true\n" +
                "  Other:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: !Ref Scan\n      ImageScanningConfiguration:\n        ScanOnPush: !Ref Scan\n      LifecyclePolicy:\n        LifecyclePolicyText: !Sub \"{\\\"rules\\\": []}\"\n");
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml").Only("TDK92");
            Assert.True(result.ExitCode == 0, result.ToString());
            var advice = Assert.Single(findings);
            Assert.Equal("TDK9212", advice.Rule);
            Assert.Equal(8, advice.Line); // the Properties mapping (YAML places a block mapping at its first key)
            Assert.Contains("(Resources/Repo)", advice.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("LifecyclePolicyText: '{\"rules\": [ {\"rulePriority\": 1,, } ]}'", "not valid JSON", ",,", 1)]
        [InlineData("LifecyclePolicyText: 5", "not the number 5", "5", 0)]
        [InlineData("LifecyclePolicyText: { rules: [] }", "must be a JSON string", "{ rules", 0)]
        public void Bad_policy_text_is_a_clear_error_at_its_place(string line, string message, string at, int offset)
        {
            using var temp = new TempFolder();
            string template = "Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web\n      ImageTagMutability: IMMUTABLE\n"
                + "      ImageScanningConfiguration: { ScanOnPush: true }\n      LifecyclePolicy:\n        " + line + "\n";
            temp.Write("stack.yaml", template);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.yaml");
            Assert.True(result.ExitCode == 1, result.ToString());
            var error = Assert.Single(findings.Only("TDK92"));
            Assert.Equal("TDK9201", error.Rule);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
            (int expectedLine, int column) = EcrText.Position(template, at, after: "LifecyclePolicyText");
            Assert.Equal((expectedLine, column + offset), (error.Line, error.Column));
        }

        [Fact]
        public void Five_thousand_rules_are_one_length_finding_never_an_exception()
        {
            var rules = string.Join(",", Enumerable.Range(1, 5000).Select(i =>
                "{\"rulePriority\":" + i + ",\"selection\":{\"tagStatus\":\"tagged\",\"tagPatternList\":[\"v" + i + "*\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}"));
            string policy = "{\"rules\":[" + rules + "]}";
            using var temp = new TempFolder();
            temp.Write("stack.json", "{ \"Resources\": { \"Repo\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"RepositoryName\": \"web\", \"LifecyclePolicy\": { \"LifecyclePolicyText\": "
                + JsonSerializer.Serialize(policy) + " } } } } }");
            temp.Write("policy.json", policy);
            var findings = ValidateJson.Findings(temp.Path, out CliResult result, "stack.json", "policy.json");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.DoesNotContain(findings, f => f.Rule == "TDK0003");
            var length = findings.Only("TDK9201");
            Assert.Equal(2, length.Count);
            Assert.All(length, f => Assert.Contains("30720", f.Message, StringComparison.Ordinal));
        }
    }
}
