using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2037ExtraHostsAndDnsSearchDomainsTests
    {
        private static string With(string members) => Tdk2Json.Ec2(Tdk2Json.Container("web", members));

        [Theory]
        [InlineData("\"extraHosts\": [{ \"ipAddress\": \"10.0.0.1\" }]", "extraHosts/0/hostname")]
        [InlineData("\"extraHosts\": [{ \"hostname\": \"db\" }]", "extraHosts/0/ipAddress")]
        [InlineData("\"dnsSearchDomains\": [\"example.com.\"]", "dnsSearchDomains/0")]
        [InlineData("\"dnsSearchDomains\": [\"a\", \"ex ample.com\"]", "dnsSearchDomains/1")]
        [InlineData("\"dnsSearchDomains\": [\"\"]", "dnsSearchDomains/0")]
        public void Fires_on_bad_entries(string members, string pointer) =>
            RuleAssert.Fires(RuleIds.ExtraHostsAndDnsSearchDomains, With(members), "/containerDefinitions/0/" + pointer, RuleSeverity.Error);

        [Fact]
        public void Fires_on_domains_over_254_characters() =>
            RuleAssert.Fires(RuleIds.ExtraHostsAndDnsSearchDomains, With("\"dnsSearchDomains\": [\"" + new string('a', 255) + "\"]"), "/containerDefinitions/0/dnsSearchDomains/0");

        [Fact]
        public void Silent_on_valid_entries() =>
            RuleAssert.Silent(RuleIds.ExtraHostsAndDnsSearchDomains, With("\"extraHosts\": [{ \"hostname\": \"db\", \"ipAddress\": \"10.0.0.1\" }], \"dnsSearchDomains\": [\"a\", \"svc.cluster-1.example.com\", \"" + new string('a', 254) + "\"]"));
    }
}
