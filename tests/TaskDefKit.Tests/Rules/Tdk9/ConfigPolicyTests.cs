using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    /// <summary>
    /// One reading of a <c>.taskdefkit.json</c> for the tool and the analyzers: <see cref="PolicyReader.ReadConfig"/> reads
    /// the policy and <c>requireAwsvpcNetworkMode</c>, and <see cref="ConfigPolicy.ApplyTo"/> turns both into options.
    /// </summary>
    public class ConfigPolicyTests
    {
        private const string Bridge = """{ "family": "app", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "quay.io/team/app:1.2", "memory": 256 }] }""";

        [Fact]
        public void Both_settings_of_the_file_reach_the_validator()
        {
            ConfigPolicy? config = PolicyReader.ReadConfig("{\n  \"policy\": { \"allowedRegistries\": [\"public.ecr.aws\"] },\n  \"requireAwsvpcNetworkMode\": true\n}\n", "/repo/.taskdefkit.json", out string? problem, out _);
            Assert.Null(problem);
            Assert.NotNull(config);
            Assert.True(config!.RequireAwsvpcNetworkMode);
            ValidationOptions options = config.ApplyTo(new ValidationOptions());
            RuleAssert.Fires(RuleIds.NetworkModeNotAwsvpc, Bridge, "/networkMode", options: options);
            RuleAssert.Fires(RuleIds.PolicyImageSource, Bridge, options: options);
        }

        [Theory]
        [InlineData("{ \"ignore\": [] }")]
        [InlineData("{ \"requireAwsvpcNetworkMode\": false }")]
        [InlineData("{ \"requireAwsvpcNetworkMode\": null }")]
        public void A_file_that_asks_nothing_of_task_definitions_is_empty(string text)
        {
            ConfigPolicy? config = PolicyReader.ReadConfig(text, "/repo/.taskdefkit.json", out string? problem, out _);
            Assert.Null(problem);
            Assert.True(config!.IsEmpty);
            RuleAssert.Silent(RuleIds.NetworkModeNotAwsvpc, Bridge, config.ApplyTo(new ValidationOptions()));
        }

        [Fact]
        public void A_requireAwsvpcNetworkMode_that_is_not_a_boolean_is_a_problem_at_its_line()
        {
            Assert.Null(PolicyReader.ReadConfig("{\n  \"requireAwsvpcNetworkMode\": \"yes\"\n}\n", "/repo/.taskdefkit.json", out string? problem, out int line));
            Assert.Equal(2, line);
            Assert.Equal("/repo/.taskdefkit.json:2: \"requireAwsvpcNetworkMode\" must be true or false, not a string", problem);
        }
    }
}
