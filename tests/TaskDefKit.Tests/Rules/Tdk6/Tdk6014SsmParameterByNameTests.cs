using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6014SsmParameterByNameTests
    {
        private static string WithValueFrom(string valueFrom) =>
            Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "secrets": [{ "name": "DB", "valueFrom": """ + "\"" + valueFrom + "\" }] }", Tdk6Samples.ExecutionRole);

        [Fact]
        public void Parameter_name_is_info()
        {
            RuleAssert.Fires(RuleIds.SsmParameterByName, WithValueFrom("/prod/db"), "/containerDefinitions/0/secrets/0/valueFrom", RuleSeverity.Info);
        }

        [Fact]
        public void Json_key_selector_is_info()
        {
            var found = RuleAssert.Fires(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::"),
                "/containerDefinitions/0/secrets/0/valueFrom", RuleSeverity.Info);
            Assert.Contains("1.4.0", found[0].Message);
        }

        [Fact]
        public void Json_key_selectors_report_once_per_container_naming_the_secrets()
        {
            // Corpus 070: six JSON-key selectors of one secret gave six identical findings.
            string arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf";
            string json = Tdk6Samples.Ec2(
                """
                { "name": "app", "image": "nginx", "memory": 256, "secrets": [{ "name": "DB_USER", "valueFrom": "ARN:username::" }, { "name": "DB_PASSWORD", "valueFrom": "ARN:password::" }, { "name": "DB_HOST", "valueFrom": "ARN:host::" }] },
                { "name": "b", "image": "nginx", "memory": 256, "secrets": [{ "name": "TOKEN", "valueFrom": "ARN:token::" }] }
                """.Replace("ARN", arn),
                Tdk6Samples.ExecutionRole);
            var found = RuleAssert.Fires(RuleIds.SsmParameterByName, json, "/containerDefinitions/0/secrets/0/valueFrom");
            Assert.Equal(2, found.Count);
            Assert.Contains("for secrets DB_USER, DB_PASSWORD, DB_HOST,", found[0].Message);
            Assert.Equal("/containerDefinitions/1/secrets/0/valueFrom", found[1].Pointer);
            Assert.Contains("for secret TOKEN,", found[1].Message);
        }

        [Fact]
        public void Each_condition_is_reported_once_per_container()
        {
            string json = Tdk6Samples.Ec2(
                """
                { "name": "app", "image": "nginx", "memory": 256, "secrets": [{ "name": "A", "valueFrom": "/prod/a" }, { "name": "K", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:key::" }, { "name": "B", "valueFrom": "/prod/b" }],
                  "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://splunk.example.com" }, "secretOptions": [{ "name": "splunk-token", "valueFrom": "/prod/splunk" }] } }
                """,
                Tdk6Samples.ExecutionRole);
            var found = RuleAssert.Fires(RuleIds.SsmParameterByName, json);
            Assert.Equal(2, found.Count);
            Assert.Equal("/containerDefinitions/0/secrets/0/valueFrom", found[0].Pointer);
            Assert.Contains("SSM parameters '/prod/a' (A), '/prod/b' (B), '/prod/splunk' (splunk-token) by name", found[0].Message);
            Assert.Equal("/containerDefinitions/0/secrets/1/valueFrom", found[1].Pointer);
        }

        [Fact]
        public void Full_arns_without_selectors_are_silent()
        {
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:ssm:us-east-1:123456789012:parameter/prod/db"));
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"));
            RuleAssert.Silent(RuleIds.SsmParameterByName, WithValueFrom("{{placeholder}}"));
        }
    }
}
