using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2001ContainerNameTests
    {
        [Fact]
        public void Fires_when_name_is_missing()
        {
            string json = Tdk2Json.Ec2("""{ "image": "nginx:1.27", "memory": 512 }""");
            RuleAssert.Fires(RuleIds.ContainerName, json, "/containerDefinitions/0/name", RuleSeverity.Error);
        }

        [Fact]
        public void Fires_when_name_is_empty() =>
            RuleAssert.Fires(RuleIds.ContainerName, Tdk2Json.Ec2(Tdk2Json.Container("")), "/containerDefinitions/0/name");

        [Theory]
        [InlineData("web.app")]
        [InlineData("web app")]
        [InlineData("wéb")]
        public void Fires_on_invalid_characters(string name) =>
            RuleAssert.Fires(RuleIds.ContainerName, Tdk2Json.Ec2(Tdk2Json.Container(name)), "/containerDefinitions/0/name", RuleSeverity.Error);

        [Fact]
        public void Fires_when_longer_than_255() =>
            RuleAssert.Fires(RuleIds.ContainerName, Tdk2Json.Ec2(Tdk2Json.Container(new string('a', 256))), "/containerDefinitions/0/name");

        [Fact]
        public void Silent_on_valid_names()
        {
            RuleAssert.Silent(RuleIds.ContainerName, Tdk2Json.Ec2(Tdk2Json.Container("Web_app-2") + "," + Tdk2Json.Container(new string('a', 255))));
            RuleAssert.Silent(RuleIds.ContainerName, Definitions.FargateWeb);
        }
    }
}
