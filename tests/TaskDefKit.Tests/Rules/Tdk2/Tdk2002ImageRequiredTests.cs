using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2002ImageRequiredTests
    {
        [Fact]
        public void Fires_when_image_is_missing() =>
            RuleAssert.Fires(RuleIds.ImageRequired, Tdk2Json.Ec2("""{ "name": "web", "memory": 512 }"""), "/containerDefinitions/0/image", RuleSeverity.Error);

        [Fact]
        public void Fires_when_image_is_empty() =>
            RuleAssert.Fires(RuleIds.ImageRequired, Tdk2Json.Ec2(Tdk2Json.Container("a") + "," + Tdk2Json.Container("web", image: "")), "/containerDefinitions/1/image");

        [Fact]
        public void Silent_when_image_is_set() =>
            RuleAssert.Silent(RuleIds.ImageRequired, Definitions.Ec2Bridge);
    }
}
