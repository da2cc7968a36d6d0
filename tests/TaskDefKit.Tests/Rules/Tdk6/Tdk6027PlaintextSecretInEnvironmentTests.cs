using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6027PlaintextSecretInEnvironmentTests
    {
        private static string WithEnv(string name, string value) =>
            Tdk6Samples.Ec2("{ \"name\": \"app\", \"image\": \"nginx\", \"memory\": 256, \"environment\": [{ \"name\": \"PORT\", \"value\": \"80\" }, { \"name\": \"" + name + "\", \"value\": \"" + value + "\" }] }");

        [Theory]
        [InlineData("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
        [InlineData("ECS_ENGINE_AUTH_DATA", "{}")]
        [InlineData("DB_PASSWORD", "hunter2")]
        [InlineData("github_token", "ghp_x")]
        [InlineData("STRIPE_API_KEY", "sk_live_x")]
        public void Secret_names_warn(string name, string value)
        {
            var found = RuleAssert.Fires(RuleIds.PlaintextSecretInEnvironment, WithEnv(name, value), "/containerDefinitions/0/environment/1/name", RuleSeverity.Warning);
            Assert.Single(found);
        }

        [Theory]
        [InlineData("PASSWORD_MIN_LENGTH", "12")]
        [InlineData("SECRET_NAME", "prod/db")]
        [InlineData("DB_SECRET_ID", "prod/db")]
        [InlineData("DB_PASSWORD_FILE", "/run/secrets/db")]
        [InlineData("TOKEN_URL", "https://auth.example.com/oauth/token")]
        [InlineData("secrets-region", "us-east-1")]
        [InlineData("SESSION_TOKEN_TTL", "3600")]
        public void Names_ending_in_a_metadata_part_are_silent(string name, string value)
        {
            RuleAssert.Silent(RuleIds.PlaintextSecretInEnvironment, WithEnv(name, value));
        }

        [Theory]
        [InlineData("SECRET_KEY_BASE", "0123456789abcdef")]
        [InlineData("JWT_SECRET", "s3cr3t")]
        [InlineData("NAME_PASSWORD", "hunter2")]
        [InlineData("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")]
        public void Near_misses_still_warn(string name, string value)
        {
            // A metadata word elsewhere in the name does not count, and the AWS Config names are always reported.
            RuleAssert.Fires(RuleIds.PlaintextSecretInEnvironment, WithEnv(name, value), "/containerDefinitions/0/environment/1/name");
        }

        [Fact]
        public void Access_key_value_under_a_metadata_name_still_warns()
        {
            RuleAssert.Fires(RuleIds.PlaintextSecretInEnvironment, WithEnv("SECRET_ID", "AKIAIOSFODNN7EXAMPLE"), "/containerDefinitions/0/environment/1/value");
        }

        [Fact]
        public void Access_key_value_warns()
        {
            RuleAssert.Fires(RuleIds.PlaintextSecretInEnvironment, WithEnv("UPLOAD_ID", "AKIAIOSFODNN7EXAMPLE"), "/containerDefinitions/0/environment/1/value");
        }

        [Theory]
        [InlineData("LOG_LEVEL", "debug")]
        [InlineData("DB_PASSWORD", "")]
        [InlineData("DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf")]
        [InlineData("KEY_ID", "AKIAIOSFODNN7EXAMPL")]
        public void Ordinary_or_empty_values_are_silent(string name, string value)
        {
            RuleAssert.Silent(RuleIds.PlaintextSecretInEnvironment, WithEnv(name, value));
        }
    }
}
