using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6029CredentialsInLogOptionsTests
    {
        [Fact]
        public void Splunk_token_in_options_warns()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "splunk", "options": { "splunk-url": "https://s", "splunk-token": "abc" } } }""");
            var found = RuleAssert.Fires(RuleIds.CredentialsInLogOptions, json, "/containerDefinitions/0/logConfiguration/options/splunk-token", RuleSeverity.Warning);
            Assert.Single(found);
        }

        [Fact]
        public void Firelens_api_key_warns()
        {
            string json = Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "logConfiguration": { "logDriver": "awsfirelens", "options": { "Name": "datadog", "apikey": "abc" } } }""");
            RuleAssert.Fires(RuleIds.CredentialsInLogOptions, json, "/containerDefinitions/0/logConfiguration/options/apikey");
        }

        [Fact]
        public void Ordinary_options_are_silent()
        {
            RuleAssert.Silent(RuleIds.CredentialsInLogOptions, Definitions.FargateWeb);
        }
    }
}
