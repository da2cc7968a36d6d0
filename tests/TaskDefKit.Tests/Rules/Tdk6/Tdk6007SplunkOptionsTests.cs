using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6007SplunkOptionsTests
    {
        [Fact]
        public void Missing_url_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "splunk", "options": { "splunk-token": "t" } } }""");
            var found = RuleAssert.Fires(RuleIds.SplunkOptions, json, "/containerDefinitions/0/logConfiguration/options/splunk-url", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Missing_token_fires()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://splunk:8088" } } }""");
            var found = RuleAssert.Fires(RuleIds.SplunkOptions, json, "/containerDefinitions/0/logConfiguration/secretOptions", RuleSeverity.Error);
            Assert.Single(found);
        }

        [Fact]
        public void Token_in_secret_options_is_silent()
        {
            string json = Tdk6Samples.Ec2("""
                { "name": "app", "image": "nginx", "memory": 256,
                  "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://splunk:8088" },
                    "secretOptions": [{ "name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-token-AbCdEf" }] } }
                """, Tdk6Samples.ExecutionRole);
            RuleAssert.Silent(RuleIds.SplunkOptions, json);
        }
    }
}
