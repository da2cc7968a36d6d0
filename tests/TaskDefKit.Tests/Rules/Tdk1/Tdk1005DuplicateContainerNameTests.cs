using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1005DuplicateContainerNameTests
    {
        private static string WithNames(string first, string second) => $$"""
            {
              "family": "pair",
              "containerDefinitions": [
                { "name": "{{first}}", "image": "busybox", "memory": 64 },
                { "name": "{{second}}", "image": "busybox", "memory": 64 }
              ]
            }
            """;

        [Fact]
        public void Fires_on_the_repeated_name() =>
            RuleAssert.Fires(RuleIds.DuplicateContainerName, WithNames("app", "app"), "/containerDefinitions/1/name", RuleSeverity.Error);

        [Fact]
        public void Names_differing_only_in_case_are_a_warning()
        {
            var found = RuleAssert.Fires(RuleIds.DuplicateContainerName, WithNames("app", "App"), "/containerDefinitions/1/name", RuleSeverity.Warning);
            Assert.All(found, d => Assert.Equal(RuleSeverity.Warning, d.Severity));
        }

        [Fact]
        public void Reports_each_repeat_once()
        {
            string json = """
                {
                  "family": "three",
                  "containerDefinitions": [
                    { "name": "app", "image": "busybox", "memory": 64 },
                    { "name": "app", "image": "busybox", "memory": 64 },
                    { "name": "app", "image": "busybox", "memory": 64 }
                  ]
                }
                """;
            var found = RuleAssert.Fires(RuleIds.DuplicateContainerName, json);
            Assert.Equal(2, found.Count);
            Assert.Equal("/containerDefinitions/1/name", found[0].Pointer);
            Assert.Equal("/containerDefinitions/2/name", found[1].Pointer);
        }

        [Fact]
        public void Silent_on_distinct_names() =>
            RuleAssert.Silent(RuleIds.DuplicateContainerName, WithNames("app", "app-sidecar"));

        [Fact]
        public void Silent_on_missing_names() =>
            RuleAssert.Silent(
                RuleIds.DuplicateContainerName,
                """{ "family": "x", "containerDefinitions": [{ "image": "a", "memory": 64 }, { "image": "b", "memory": 64 }] }""");
    }
}
