using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1004NoEssentialContainerTests
    {
        [Fact]
        public void Fires_when_every_container_is_not_essential() =>
            RuleAssert.Fires(
                RuleIds.NoEssentialContainer,
                """
                {
                  "family": "jobs",
                  "containerDefinitions": [
                    { "name": "a", "image": "busybox", "memory": 64, "essential": false },
                    { "name": "b", "image": "busybox", "memory": 64, "essential": false }
                  ]
                }
                """,
                "/containerDefinitions",
                RuleSeverity.Error);

        [Fact]
        public void Silent_when_essential_is_omitted_on_one_container() =>
            RuleAssert.Silent(
                RuleIds.NoEssentialContainer,
                """
                {
                  "family": "jobs",
                  "containerDefinitions": [
                    { "name": "a", "image": "busybox", "memory": 64, "essential": false },
                    { "name": "b", "image": "busybox", "memory": 64 }
                  ]
                }
                """);

        [Fact]
        public void Silent_when_one_container_is_essential() =>
            RuleAssert.Silent(RuleIds.NoEssentialContainer, Definitions.FargateWeb);

        [Fact]
        public void Silent_without_containers() =>
            RuleAssert.Silent(RuleIds.NoEssentialContainer, """{ "family": "x", "containerDefinitions": [] }""");
    }
}
