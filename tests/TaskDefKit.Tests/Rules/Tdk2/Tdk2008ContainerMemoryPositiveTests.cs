using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk2
{
    public class Tdk2008ContainerMemoryPositiveTests
    {
        [Theory]
        [InlineData(0)]
        [InlineData(-1)]
        public void Fires_on_non_positive_memory(int memory) =>
            RuleAssert.Fires(RuleIds.ContainerMemoryPositive, Tdk2Json.Ec2($$"""{ "name": "web", "image": "nginx:1", "memory": {{memory}} }"""), "/containerDefinitions/0/memory", RuleSeverity.Error);

        [Fact]
        public void Silent_on_positive_or_absent_memory()
        {
            RuleAssert.Silent(RuleIds.ContainerMemoryPositive, Definitions.Ec2Bridge);
            RuleAssert.Silent(RuleIds.ContainerMemoryPositive, Definitions.FargateWeb);
        }
    }
}
