using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1002ContainerDefinitionsRequiredTests
    {
        [Fact]
        public void Fires_when_container_definitions_are_missing() =>
            RuleAssert.Fires(RuleIds.ContainerDefinitionsRequired, """{ "family": "web" }""", "/containerDefinitions", RuleSeverity.Error);

        [Fact]
        public void Fires_when_container_definitions_are_empty() =>
            RuleAssert.Fires(RuleIds.ContainerDefinitionsRequired, """{ "family": "web", "containerDefinitions": [] }""", "/containerDefinitions", RuleSeverity.Error);

        [Fact]
        public void Silent_with_one_container() =>
            RuleAssert.Silent(RuleIds.ContainerDefinitionsRequired, Definitions.Ec2Bridge);
    }
}
