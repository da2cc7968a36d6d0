using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6012SecretReferenceTests
    {
        private static string WithSecret(string secret) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "secrets": [""" + secret + "] }", Tdk6Samples.ExecutionRole);

        [Theory]
        [InlineData("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf")]
        [InlineData("arn:aws:secretsmanager:us-east-1:123456789012:secret:transaction-api/integration:BOOTSTRAP_SERVERS::")]
        [InlineData("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password:AWSCURRENT:")]
        [InlineData("arn:aws-cn:ssm:cn-north-1:123456789012:parameter/prod/db/password")]
        [InlineData("/prod/db/password")]
        [InlineData("db_password")]
        [InlineData("/aws/reference/secretsmanager/db")]
        public void Valid_references_are_silent(string valueFrom)
        {
            RuleAssert.Silent(RuleIds.SecretReference, WithSecret("{ \"name\": \"DB\", \"valueFrom\": \"" + valueFrom + "\" }"));
        }

        [Theory]
        [InlineData("{{ssm-cwagent-config}}")]
        [InlineData("arn:aws:secretsmanager:region:aws_account_id:secret:secret_name-AbCdEf")]
        [InlineData("arn:aws:s3:::bucket/key")]
        [InlineData("awsParameter")]
        [InlineData("ssm-param")]
        public void Invalid_references_fire(string valueFrom)
        {
            RuleAssert.Fires(RuleIds.SecretReference, WithSecret("{ \"name\": \"DB\", \"valueFrom\": \"" + valueFrom + "\" }"),
                "/containerDefinitions/0/secrets/0/valueFrom", RuleSeverity.Error);
        }

        [Fact]
        public void Stage_and_id_together_fire()
        {
            RuleAssert.Fires(RuleIds.SecretReference,
                WithSecret("""{ "name": "DB", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password:AWSCURRENT:4f2c1a8e-1111-2222-3333-444455556666" }"""),
                "/containerDefinitions/0/secrets/0/valueFrom");
        }

        [Fact]
        public void Missing_name_and_value_fire()
        {
            var found = RuleAssert.Fires(RuleIds.SecretReference, WithSecret("{ }"), "/containerDefinitions/0/secrets/0/name");
            Assert.Contains(found, d => d.Pointer == "/containerDefinitions/0/secrets/0/valueFrom");
        }

        [Fact]
        public void Secret_options_are_checked()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://s" }, "secretOptions": [{ "name": "splunk-token", "valueFrom": "not a reference" }] } }""", Tdk6Samples.ExecutionRole);
            RuleAssert.Fires(RuleIds.SecretReference, json, "/containerDefinitions/0/logConfiguration/secretOptions/0/valueFrom");
        }
    }
}
