using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk6
{
    public class Tdk6021PrivilegedContainerTests
    {
        private const string Privileged = """{ "name": "app", "image": "nginx", "memory": 256, "privileged": true }""";

        [Fact]
        public void Privileged_on_ec2_warns()
        {
            RuleAssert.Fires(RuleIds.PrivilegedContainer, Tdk6Samples.Ec2(Privileged), "/containerDefinitions/0/privileged", RuleSeverity.Warning);
        }

        [Fact]
        public void Privileged_on_fargate_is_an_error()
        {
            RuleAssert.Fires(RuleIds.PrivilegedContainer, Tdk6Samples.Fargate(Privileged), "/containerDefinitions/0/privileged", RuleSeverity.Error);
        }

        [Fact]
        public void Privileged_on_windows_is_an_error()
        {
            RuleAssert.Fires(RuleIds.PrivilegedContainer, Tdk6Samples.Ec2(Privileged, "\"runtimePlatform\": { \"operatingSystemFamily\": \"WINDOWS_SERVER_2019_FULL\" }"),
                "/containerDefinitions/0/privileged", RuleSeverity.Error);
        }

        [Fact]
        public void Not_privileged_is_silent()
        {
            RuleAssert.Silent(RuleIds.PrivilegedContainer, Tdk6Samples.Ec2("""{ "name": "app", "image": "nginx", "memory": 256, "privileged": false }"""));
        }
    }
}
