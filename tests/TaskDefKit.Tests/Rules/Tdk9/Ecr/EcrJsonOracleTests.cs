using System.Collections.Generic;
using TaskDefKit.Json;
using TaskDefKit.Model.Ecr;
using TaskDefKit.Testing;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    /// <summary>The CreateRepository and PutLifecyclePolicy JSON the generated ECR model writes is what botocore accepts.</summary>
    public class EcrJsonOracleTests
    {
        [Fact]
        public void Emitted_create_repository_and_put_lifecycle_policy_json_passes_the_botocore_oracle()
        {
            var repository = new RepositoryDefinition
            {
                RepositoryName = "web",
                ImageTagMutability = new ImageTagMutability("IMMUTABLE_WITH_EXCLUSION"),
                ImageTagMutabilityExclusionFilters = new List<ImageTagMutabilityExclusionFilter> { new ImageTagMutabilityExclusionFilter { FilterType = new ImageTagMutabilityExclusionFilterType("WILDCARD"), Filter = "latest" } },
                ImageScanningConfiguration = new ImageScanningConfiguration { ScanOnPush = true },
                EncryptionConfiguration = new EncryptionConfiguration { EncryptionType = new EncryptionType("KMS"), KmsKey = "alias/ecr" },
                Tags = new List<Tag> { new Tag { Key = "team", Value = "web" } },
            };
            var put = new LifecyclePolicyInput { RepositoryName = "web", LifecyclePolicyText = EcrAssert.Policy(EcrAssert.Untagged14Days) };

            // Round trip through the reader: what is read is what is written.
            Assert.Equal(EcrJson.Serialize(repository), EcrJson.Serialize(EcrJson.ParseRepository(EcrJson.Serialize(repository)).Value!));
            Check("CreateRepository", EcrJson.Serialize(repository));
            Check("PutLifecyclePolicy", EcrJson.Serialize(put));
        }

        private static void Check(string operation, string json)
        {
            EcsValidateOracle.Verdict verdict = EcsValidateOracle.ValidateTexts(new Dictionary<string, string> { [operation + ".json"] = json }, strict: true, operation: operation, service: "ecr");
            Assert.True(verdict.AllValid, verdict.Output);
        }
    }
}
