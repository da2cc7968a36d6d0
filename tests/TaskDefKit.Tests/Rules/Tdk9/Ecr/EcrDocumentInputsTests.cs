using System.Linq;
using TaskDefKit.Ecr;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    /// <summary>How <see cref="EcrDocument"/> reads each ECR input: what it holds, what it leaves unknown, where findings go.</summary>
    public class EcrDocumentInputsTests
    {
        [Fact]
        public void A_put_lifecycle_policy_input_does_not_judge_its_repository_settings()
        {
            string put = "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": " + System.Text.Json.JsonSerializer.Serialize(EcrAssert.Policy(EcrAssert.Untagged14Days)) + " }";
            Assert.Empty(EcrAssert.Validate(put));
        }

        [Fact]
        public void A_create_repository_input_is_recognised_without_its_name()
        {
            EcrDocument document = EcrDocument.Parse("{ \"imageTagMutability\": \"MUTABLE\" }", "create.json");
            Assert.Equal(EcrDocumentKind.CreateRepositoryInput, document.Kind);
            Assert.Contains(document.Validate(), d => d.RuleId == RuleIds.RepositoryTagImmutability && d.Location!.Column == 25);
        }

        [Fact]
        public void Policy_text_that_is_a_number_is_tdk9201_at_the_value()
        {
            RuleDiagnostic finding = Assert.Single(EcrDocument.Parse("{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": 5 }", "put.json").Validate());
            Assert.Equal(RuleIds.LifecyclePolicyText, finding.RuleId);
            Assert.Contains("not the JSON value 5", finding.Message);
            Assert.Equal(51, finding.Location!.Column);

            // CloudFormation makes text of a number: "5", which is no policy.
            RuleDiagnostic template = Assert.Single(EcrDocument.Parse(
                "{ \"Resources\": { \"R\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"ImageTagMutability\": \"IMMUTABLE\", \"ImageScanningConfiguration\": { \"ScanOnPush\": true }, \"LifecyclePolicy\": { \"LifecyclePolicyText\": 5 } } } } }").Validate());
            Assert.Contains("not the number 5", template.Message);
        }

        [Fact]
        public void Malformed_embedded_policy_text_is_located_at_the_fault_not_at_the_string()
        {
            const string put = "{ \"repositoryName\": \"web\", \"lifecyclePolicyText\": \"{\\\"rules\\\": [ {\\\"rulePriority\\\": 1,, } ]}\" }";
            RuleDiagnostic finding = Assert.Single(EcrDocument.Parse(put, "put.json").Validate());
            Assert.Equal(RuleIds.LifecyclePolicyText, finding.RuleId);
            Assert.Equal(put.IndexOf(",,", System.StringComparison.Ordinal) + 2, finding.Location!.Column);
        }

        [Fact]
        public void Unknown_members_and_wrong_types_of_the_api_inputs_are_read_problems_at_their_place()
        {
            EcrDocument create = EcrDocument.Parse("{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\",\n  \"scanOnPush\": true }", "create.json");
            RuleDiagnostic unknown = Assert.Single(create.ReadDiagnostics);
            Assert.Equal("/scanOnPush", unknown.Pointer);
            Assert.Equal((2, 3), (unknown.Location!.Line, unknown.Location.Column));

            string policy = System.Text.Json.JsonSerializer.Serialize(EcrAssert.Policy(EcrAssert.Untagged14Days));
            EcrDocument put = EcrDocument.Parse("{ \"repositoryName\": 5, \"lifecyclePolicyText\": " + policy + " }", "put.json");
            Assert.Equal("/repositoryName", Assert.Single(put.ReadDiagnostics).Pointer);

            // A well-formed input has none; the model writes it back as the AWS CLI takes it.
            EcrDocument clean = EcrDocument.Parse("{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\", \"imageScanningConfiguration\": { \"scanOnPush\": true }, \"encryptionConfiguration\": { \"encryptionType\": \"KMS\" } }");
            Assert.Empty(clean.ReadDiagnostics);
            var model = new TaskDefKit.Model.Ecr.RepositoryDefinition { RepositoryName = "web", ImageScanningConfiguration = new TaskDefKit.Model.Ecr.ImageScanningConfiguration { ScanOnPush = true } };
            Assert.Equal("{\"repositoryName\":\"web\",\"imageScanningConfiguration\":{\"scanOnPush\":true}}", TaskDefKit.Json.EcrJson.Serialize(model, indented: false));
        }

        [Fact]
        public void A_create_repository_input_told_it_has_no_policy_gets_tdk9212()
        {
            EcrDocument document = EcrDocument.Parse("{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\", \"imageScanningConfiguration\": { \"scanOnPush\": true } }");
            Assert.Empty(document.Validate());
            document.Parts.Single().Repository!.HasLifecyclePolicy = false; // what taskdef validate knows from the run
            Assert.Equal(RuleIds.RepositoryLifecyclePolicy, Assert.Single(document.Validate()).RuleId);
        }
    }
}
