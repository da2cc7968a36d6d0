using TaskDefKit.Ecr;
using TaskDefKit.Rules;
using TaskDefKit.Validation;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    /// <summary>
    /// AWS's published lifecycle policy examples, verbatim: "Examples of lifecycle policies in Amazon ECR" (current page,
    /// https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html) and the earlier guide
    /// (awsdocs/amazon-ecr-user-guide, doc_source/lifecycle_policy_examples.md). They must be clean; the earlier guide's
    /// multi-rule examples, published without the comma after rulePriority, are malformed JSON and must say so at that line.
    /// </summary>
    public class AwsLifecyclePolicyExamplesTests
    {
        // Current page, "Filtering on image age".
        private const string ImageAgePattern = @"{
    ""rules"": [
        {
            ""rulePriority"": 1,
            ""description"": ""Expire images older than 14 days"",
            ""selection"": {
                ""tagStatus"": ""tagged"",
                ""tagPatternList"": [""prod*""],
                ""countType"": ""sinceImagePushed"",
                ""countUnit"": ""days"",
                ""countNumber"": 14
            },
            ""action"": {
                ""type"": ""expire""
            }
        }
    ]
}";

        // Earlier guide, "Filtering on Image Age".
        private const string ImageAgeUntagged = @"{
    ""rules"": [
        {
            ""rulePriority"": 1,
            ""description"": ""Expire images older than 14 days"",
            ""selection"": {
                ""tagStatus"": ""untagged"",
                ""countType"": ""sinceImagePushed"",
                ""countUnit"": ""days"",
                ""countNumber"": 14
            },
            ""action"": {
                ""type"": ""expire""
            }
        }
    ]
}";

        // Earlier guide, "Filtering on Image Count".
        private const string ImageCount = @"{
    ""rules"": [
        {
            ""rulePriority"": 1,
            ""description"": ""Keep only one untagged image, expire all others"",
            ""selection"": {
                ""tagStatus"": ""untagged"",
                ""countType"": ""imageCountMoreThan"",
                ""countNumber"": 1
            },
            ""action"": {
                ""type"": ""expire""
            }
        }
    ]
}";

        // Earlier guide, "Filtering on Multiple Tags in a Single Rule", Example A, as published (no comma after rulePriority).
        private const string MultipleTagsAsPublished = @"{
    ""rules"": [
        {
            ""rulePriority"": 1
            ""description"": ""Rule 1"",
            ""selection"": {
                ""tagStatus"": ""tagged"",
                ""tagPrefixList"": [""alpha"", ""beta""],
                ""countType"": ""sinceImagePushed"",
                ""countNumber"": 5,
                ""countUnit"": ""days""
            },
            ""action"": {
                ""type"": ""expire""
            }
        }
    ]
}";

        // Earlier guide, "Filtering on Multiple Rules", Example A, as published (no comma after either rulePriority).
        private const string MultipleRulesAsPublished = @"{
    ""rules"": [
        {
            ""rulePriority"": 1
            ""description"": ""Rule 1"",
            ""selection"": {
                ""tagStatus"": ""tagged"",
                ""tagPrefixList"": [""prod""],
                ""countType"": ""imageCountMoreThan"",
                ""countNumber"": 1
            },
            ""action"": {
                ""type"": ""expire""
            }
        },
        {
            ""rulePriority"": 2
            ""description"": ""Rule 2"",
            ""selection"": {
                ""tagStatus"": ""tagged"",
                ""tagPrefixList"": [""beta""],
                ""countType"": ""imageCountMoreThan"",
                ""countNumber"": 1
            },
            ""action"": {
                ""type"": ""expire""
            }
        }
    ]
}";

        [Theory]
        [InlineData(ImageAgePattern)]
        [InlineData(ImageAgeUntagged)]
        [InlineData(ImageCount)]
        public void Published_examples_are_clean(string policy) => EcrAssert.Clean(policy);

        [Theory]
        [InlineData(MultipleTagsAsPublished)]
        [InlineData(MultipleRulesAsPublished)]
        public void Published_examples_with_the_missing_comma_restored_are_clean(string policy) =>
            EcrAssert.Clean(System.Text.RegularExpressions.Regex.Replace(policy, @"(""rulePriority"": \d+)\r?\n", "$1,\n"));

        [Theory]
        [InlineData(MultipleTagsAsPublished)]
        [InlineData(MultipleRulesAsPublished)]
        public void Published_examples_missing_a_comma_are_a_clear_malformed_json_finding_at_the_line(string policy)
        {
            EcrDocument document = EcrDocument.Parse(policy, "policy.json");
            RuleDiagnostic finding = Assert.Single(document.ReadDiagnostics);
            Assert.Equal(RuleIds.MalformedJson, finding.RuleId);
            Assert.Equal(5, finding.Location!.Line); // the line after "rulePriority": 1
        }

        [Fact]
        public void The_same_example_as_cloudformation_lifecycle_policy_text_is_clean_and_a_mistake_in_it_is_located_in_the_template()
        {
            // Escaped the way people write it by hand (\" and \n); the default serializer's \u0022 escapes are read the same.
            Assert.Empty(EcrDocument.Parse("{ \"Resources\": { \"R\": { \"Type\": \"AWS::ECR::Repository\", \"Properties\": { \"ImageTagMutability\": \"IMMUTABLE\", "
                + "\"ImageScanningConfiguration\": { \"ScanOnPush\": true }, \"LifecyclePolicy\": { \"LifecyclePolicyText\": " + System.Text.Json.JsonSerializer.Serialize(ImageCount) + " } } } } }").Validate());
            string text = System.Text.Json.JsonSerializer.Serialize(ImageCount, new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            string template = "{\n  \"Resources\": {\n    \"Repo\": {\n      \"Type\": \"AWS::ECR::Repository\",\n      \"Properties\": {\n"
                + "        \"ImageTagMutability\": \"IMMUTABLE\",\n        \"ImageScanningConfiguration\": { \"ScanOnPush\": true },\n"
                + "        \"LifecyclePolicy\": {\n          \"LifecyclePolicyText\": " + text + "\n        }\n      }\n    }\n  }\n}";
            Assert.Empty(EcrDocument.Parse(template).Validate());

            string broken = template.Replace("\\\"countNumber\\\": 1", "\\\"countNumber\\\": 0");
            RuleDiagnostic finding = Assert.Single(EcrDocument.Parse(broken, "template.json").Validate());
            Assert.Equal(RuleIds.LifecycleCount, finding.RuleId);
            Assert.Equal("/Resources/Repo/Properties/LifecyclePolicy/LifecyclePolicyText/rules/0/selection/countNumber", finding.Pointer);
            Assert.Equal(9, finding.Location!.Line);
            int column = broken.Split('\n')[8].IndexOf("0\\n", System.StringComparison.Ordinal) + 1;
            Assert.Equal(column, finding.Location.Column);
        }

        [Fact]
        public void The_lifecycle_policy_template_values_are_all_accepted()
        {
            // Every value the page's template lists for tagStatus, storageClass, countType and action type, in a valid combination.
            string policy = @"{ ""rules"": [
  { ""rulePriority"": 1, ""selection"": { ""tagStatus"": ""untagged"", ""storageClass"": ""standard"", ""countType"": ""sinceImagePulled"", ""countUnit"": ""days"", ""countNumber"": 30 }, ""action"": { ""type"": ""transition"", ""targetStorageClass"": ""archive"" } },
  { ""rulePriority"": 2, ""selection"": { ""tagStatus"": ""tagged"", ""tagPrefixList"": [""dev""], ""countType"": ""imageCountMoreThan"", ""countNumber"": 10 }, ""action"": { ""type"": ""expire"" } },
  { ""rulePriority"": 3, ""selection"": { ""tagStatus"": ""tagged"", ""tagPatternList"": [""*-rc*""], ""countType"": ""sinceImagePushed"", ""countUnit"": ""days"", ""countNumber"": 60 }, ""action"": { ""type"": ""expire"" } },
  { ""rulePriority"": 4, ""selection"": { ""tagStatus"": ""any"", ""storageClass"": ""archive"", ""countType"": ""sinceImageTransitioned"", ""countUnit"": ""days"", ""countNumber"": 365 }, ""action"": { ""type"": ""expire"" } }
] }";
            EcrAssert.Clean(policy);
        }
    }
}
