using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9210RepositoryScanOnPushTests
    {
        [Fact]
        public void Fires_on_a_create_repository_input_without_scan_on_push() =>
            EcrAssert.Fires(RuleIds.RepositoryScanOnPush, "{ \"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\" }", "/imageScanningConfiguration");

        [Fact]
        public void Fires_in_cloudformation_in_its_own_names()
        {
            string template = "{ \"Resources\": { \"Repo\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"ImageScanningConfiguration\": { \"ScanOnPush\": false } } } } }";
            RuleDiagnostic finding = EcrAssert.Fires(RuleIds.RepositoryScanOnPush, template, "/Resources/Repo/Properties/ImageScanningConfiguration/ScanOnPush");
            Assert.Contains("ImageScanningConfiguration.ScanOnPush", finding.Message);
        }

        [Fact]
        public void Controls_name_security_hub_ecr_1_and_the_security_profile_raises_it()
        {
            Assert.Contains("ECR.1", RuleCatalog.Get(RuleIds.RepositoryScanOnPush).Controls);
            var findings = TaskDefKit.Ecr.EcrDocument.Parse("{ \"repositoryName\": \"web\" }").Validate(options: new ValidationOptions { Profile = RuleProfile.Security });
            Assert.Contains(findings, d => d.RuleId == RuleIds.RepositoryScanOnPush && d.Severity == RuleSeverity.Warning);
        }

        [Fact]
        public void Silent_when_scan_on_push_is_true_or_unknown()
        {
            EcrAssert.Silent(RuleIds.RepositoryScanOnPush, "{ \"repositoryName\": \"web\", \"imageScanningConfiguration\": { \"scanOnPush\": true } }");
            EcrAssert.Silent(RuleIds.RepositoryScanOnPush,
                "{ \"Resources\": { \"Repo\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"ImageScanningConfiguration\": { \"Ref\": \"Scan\" } } } } }");
        }
    }
}
