using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>The policy reader behind TDK9401 (analyzers) and the tool's usage error: one problem naming file, line and fix.</summary>
    public class Tdk9401PolicyInvalidTests
    {
        private static string? Problem(string text)
        {
            OrganisationPolicy? policy = PolicyReader.Read(text, "/repo/.taskdefkit.json", out string? problem, out _);
            Assert.True(policy is null || problem is null);
            return problem;
        }

        [Theory]
        [InlineData("{\n \"policy\": {\n  \"allowedRegistry\": [\"x\"] } }", "/repo/.taskdefkit.json:3: unknown key 'allowedRegistry' in \"policy\"; valid keys: allowedRegistries, allowedRepositories, imagePinning")]
        [InlineData("{ \"policy\": [] }", ":1: \"policy\" must be an object")]
        [InlineData("{\n \"policy\": { \"imagePinning\": \"sha\" } }", ":2: \"policy.imagePinning\" must be \"tag\"")]
        [InlineData("{ \"policy\": { \"allowedRegistries\": [] } }", "must be a non-empty array of strings")]
        [InlineData("{ \"policy\": { \"forbiddenCapabilities\": [\"SYS_ADMIN\", 3] } }", "\"policy.forbiddenCapabilities\" must list non-empty capabilities, not a number")]
        [InlineData("{ \"policy\": {\n \"allowedFargateSizes\": [\n \"256/512\",\n \"256/4096\"] } }", ":4: \"policy.allowedFargateSizes\" entry '256/4096' is not a Fargate task size")]
        [InlineData("{ \"requiredTagKeys\": [\"a\"],\n \"policy\": {\n \"requiredTagKeys\": [\"b\"] } }", ":3: \"requiredTagKeys\" is given both at the top level (line 1) and in \"policy\"")]
        [InlineData("{\n \"policy\": { \"allowedRegistries\": [\"x\" } }", ":2: not valid JSON: expected ',' or ']'")]
        [InlineData("{ \"policy\": { /* open", "not valid JSON: a comment is not closed")]
        public void A_malformed_policy_is_one_problem_with_its_line(string text, string expected)
        {
            string? problem = Problem(text);
            Assert.NotNull(problem);
            Assert.Contains(expected, problem, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_valid_policy_with_comments_trailing_commas_and_any_key_case_is_no_problem()
        {
            const string text = "{ // team settings\n  \"ignore\": [\"TDK2007\"],\n  \"Policy\": {\n    \"AllowedRegistries\": [\"public.ecr.aws\"], /* ECR */\n    \"imagePinning\": \"Digest\",\n    \"requiredLogDriver\": \"awslogs\",\n  },\n}\n";
            OrganisationPolicy? policy = PolicyReader.Read(text, "/repo/.taskdefkit.json", out string? problem, out _);
            Assert.Null(problem);
            Assert.NotNull(policy);
            Assert.Equal(new[] { "public.ecr.aws" }, policy!.AllowedRegistries);
            Assert.Equal(ImagePinning.Digest, policy.ImagePinning);
            Assert.Equal(new[] { "awslogs" }, policy.RequiredLogDrivers);
            Assert.Equal(4, policy.SourceLines!["allowedRegistries"]);
            Assert.Equal(6, policy.SourceLines["requiredLogDriver"]);
        }

        [Fact]
        public void A_file_without_a_policy_has_none_and_the_old_requiredTagKeys_is_the_policy_list()
        {
            Assert.Null(PolicyReader.Read("{ \"ignore\": [] }", "/repo/.taskdefkit.json", out string? problem, out _));
            Assert.Null(problem);
            Assert.Null(PolicyReader.Read("{ \"requiredTagKeys\": [] }", "/repo/.taskdefkit.json", out problem, out _));
            Assert.Null(problem);

            OrganisationPolicy? policy = PolicyReader.Read("{\n \"requiredTagKeys\": [\"team\"] }", "/repo/.taskdefkit.json", out problem, out _);
            Assert.Null(problem);
            Assert.Equal(new[] { "team" }, policy!.RequiredTagKeys);
            Assert.Equal(2, policy.SourceLines!["requiredTagKeys"]);
        }

        [Fact]
        public void ValidationOptions_RequiredTagKeys_is_the_policy_list()
        {
            var options = new ValidationOptions { RequiredTagKeys = new[] { "team" } };
            Assert.Same(options.RequiredTagKeys, options.Policy!.RequiredTagKeys);
            Assert.Null(new ValidationOptions { RequiredTagKeys = null }.Policy);
        }
    }
}
