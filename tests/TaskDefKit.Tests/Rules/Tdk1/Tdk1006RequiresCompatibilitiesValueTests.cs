using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;

namespace TaskDefKit.Tests.Rules.Tdk1
{
    public class Tdk1006RequiresCompatibilitiesValueTests
    {
        private static string With(string compatibilities) => $$"""
            {
              "family": "web",
              "requiresCompatibilities": {{compatibilities}},
              "containerDefinitions": [{ "name": "app", "image": "nginx", "memory": 128 }]
            }
            """;

        [Fact]
        public void Fires_on_an_unknown_value() =>
            RuleAssert.Fires(RuleIds.RequiresCompatibilitiesValue, With("""["EC2", "SPOT"]"""), "/requiresCompatibilities/1", RuleSeverity.Error);

        [Fact]
        public void Fires_on_lower_case_and_names_the_right_spelling()
        {
            var found = RuleAssert.Fires(RuleIds.RequiresCompatibilitiesValue, With("""["fargate"]"""), "/requiresCompatibilities/0", RuleSeverity.Error);
            Assert.Contains("'FARGATE'", found[0].Message);
        }

        [Fact]
        public void Fires_on_a_template_placeholder() =>
            RuleAssert.Fires(RuleIds.RequiresCompatibilitiesValue, With("""["{{launchtype}}"]"""), "/requiresCompatibilities/0", RuleSeverity.Error);

        [Fact]
        public void A_repeated_value_is_a_warning()
        {
            var found = RuleAssert.Fires(RuleIds.RequiresCompatibilitiesValue, With("""["EC2", "EC2"]"""), "/requiresCompatibilities/1", RuleSeverity.Warning);
            Assert.Single(found);
        }

        [Fact]
        public void Silent_on_every_known_value() =>
            RuleAssert.Silent(RuleIds.RequiresCompatibilitiesValue, With("""["EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES"]"""));

        [Fact]
        public void Silent_on_an_empty_list() =>
            RuleAssert.Silent(RuleIds.RequiresCompatibilitiesValue, With("[]"));
    }
}
