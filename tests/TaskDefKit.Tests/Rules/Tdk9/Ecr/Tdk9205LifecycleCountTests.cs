using TaskDefKit.Rules;

namespace TaskDefKit.Tests.Rules.Tdk9.Ecr
{
    public class Tdk9205LifecycleCountTests
    {
        private static string Count(string members) => EcrAssert.Policy("{ \"tagStatus\": \"untagged\", " + members + " }");

        [Fact]
        public void Fires_on_since_image_pushed_without_count_unit() =>
            EcrAssert.Fires(RuleIds.LifecycleCount, Count("\"countType\": \"sinceImagePushed\", \"countNumber\": 14"), "/rules/0/selection");

        [Fact]
        public void Fires_on_a_count_unit_other_than_days() =>
            EcrAssert.Fires(RuleIds.LifecycleCount, Count("\"countType\": \"sinceImagePulled\", \"countUnit\": \"weeks\", \"countNumber\": 2"), "/rules/0/selection/countUnit");

        [Fact]
        public void Fires_on_image_count_more_than_with_a_unit() =>
            EcrAssert.Fires(RuleIds.LifecycleCount, Count("\"countType\": \"imageCountMoreThan\", \"countUnit\": \"days\", \"countNumber\": 5"), "/rules/0/selection/countUnit");

        [Fact]
        public void Fires_on_count_number_zero() =>
            EcrAssert.Fires(RuleIds.LifecycleCount, Count("\"countType\": \"imageCountMoreThan\", \"countNumber\": 0"), "/rules/0/selection/countNumber");

        [Fact]
        public void Fires_on_an_unknown_count_type() =>
            EcrAssert.Fires(RuleIds.LifecycleCount, Count("\"countType\": \"sinceImageCreated\", \"countUnit\": \"days\", \"countNumber\": 5"), "/rules/0/selection/countType");

        [Fact]
        public void Silent_on_image_count_without_unit_and_age_with_days()
        {
            EcrAssert.Silent(RuleIds.LifecycleCount, Count("\"countType\": \"imageCountMoreThan\", \"countNumber\": 1"));
            EcrAssert.Silent(RuleIds.LifecycleCount, Count("\"countType\": \"sinceImagePulled\", \"countUnit\": \"days\", \"countNumber\": 30"));
        }
    }
}
