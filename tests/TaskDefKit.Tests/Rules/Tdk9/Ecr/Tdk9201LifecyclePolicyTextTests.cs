using System.Linq;
using System.Text;
using TaskDefKit.Ecr;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9201LifecyclePolicyTextTests
    {
        [Fact]
        public void Fires_on_rules_that_is_not_an_array() =>
            EcrAssert.Fires(RuleIds.LifecyclePolicyText, "{ \"rules\": { \"rulePriority\": 1, \"selection\": {}, \"action\": {} } }", "/rules");

        [Fact]
        public void Fires_on_a_member_outside_the_grammar_at_that_member()
        {
            string json = EcrAssert.Policy("{ \"tagStatus\": \"untagged\", \"countType\": \"sinceImagePushed\", \"countUnit\": \"days\", \"countNumber\": 14, \"tagStatuss\": \"any\" }");
            RuleDiagnostic finding = EcrAssert.Fires(RuleIds.LifecyclePolicyText, json, "/rules/0/selection/tagStatuss");
            Assert.Contains("'tagStatuss' is not a member of selection", finding.Message);
        }

        [Fact]
        public void Fires_on_a_quoted_number_and_names_the_fix()
        {
            string json = "{ \"rules\": [ { \"rulePriority\": \"1\", \"selection\": " + EcrAssert.Untagged14Days + ", \"action\": { \"type\": \"expire\" } } ] }";
            RuleDiagnostic finding = EcrAssert.Fires(RuleIds.LifecyclePolicyText, json, "/rules/0/rulePriority");
            Assert.Contains("without quotes", finding.Message);
        }

        [Fact]
        public void Fires_on_an_empty_rules_array() =>
            EcrAssert.Fires(RuleIds.LifecyclePolicyText, "{ \"rules\": [] }", "/rules");

        [Fact]
        public void Malformed_policy_text_inside_a_template_is_one_finding_located_in_the_template()
        {
            // The policy text lacks a comma after rulePriority (as several published examples once did).
            string template = "{\n  \"Resources\": {\n    \"Repo\": {\n      \"Type\": \"AWS::ECR::Repository\",\n      \"Properties\": {\n"
                + "        \"ImageTagMutability\": \"IMMUTABLE\",\n        \"ImageScanningConfiguration\": { \"ScanOnPush\": true },\n"
                + "        \"LifecyclePolicy\": { \"LifecyclePolicyText\": \"{\\\"rules\\\": [{\\\"rulePriority\\\": 1 \\\"selection\\\": {}}]}\" }\n      }\n    }\n  }\n}";
            EcrDocument document = EcrDocument.Parse(template, "template.json");
            Assert.Empty(document.ReadDiagnostics);
            RuleDiagnostic finding = Assert.Single(document.Validate());
            Assert.Equal(RuleIds.LifecyclePolicyText, finding.RuleId);
            Assert.Equal("/Resources/Repo/Properties/LifecyclePolicy/LifecyclePolicyText", finding.Pointer);
            Assert.Contains("not valid JSON", finding.Message);
            Assert.Equal(8, finding.Location!.Line);
        }

        [Fact]
        public void A_policy_over_the_length_quota_is_one_finding_without_judging_each_rule()
        {
            // 5,000 rules sharing one priority: ECR refuses the text on its length before anything else.
            var text = new StringBuilder("{ \"rules\": [");
            for (int i = 0; i < 5000; i++)
            {
                text.Append(i == 0 ? string.Empty : ",").Append("{\"rulePriority\":1,\"selection\":").Append(EcrAssert.Untagged14Days).Append(",\"action\":{\"type\":\"expire\"}}");
            }

            text.Append("] }");
            var findings = EcrAssert.Validate(text.ToString());
            RuleDiagnostic finding = Assert.Single(findings);
            Assert.Equal(RuleIds.LifecyclePolicyText, finding.RuleId);
            Assert.Contains("at most 30720", finding.Message);
        }

        [Fact]
        public void Silent_on_a_complete_policy() =>
            EcrAssert.Silent(RuleIds.LifecyclePolicyText, EcrAssert.Policy(EcrAssert.Untagged14Days));

        [Fact]
        public void Malformed_outer_json_is_a_read_diagnostic_with_a_location_not_an_exception()
        {
            EcrDocument document = EcrDocument.Parse("{ \"rules\": [ { \"rulePriority\": 1, } ", "p.json");
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Equal(1, finding.Location!.Line);
            Assert.Equal(EcrDocumentKind.Unknown, document.Kind);
            Assert.Equal(document.ReadDiagnostics, document.Validate());
        }
    }
}
