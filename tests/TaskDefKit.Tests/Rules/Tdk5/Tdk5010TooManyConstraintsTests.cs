using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5010TooManyConstraintsTests
    {
        private static string Constraints(int count)
        {
            var parts = new System.Collections.Generic.List<string>();
            for (int i = 0; i < count; i++)
            {
                parts.Add("{ \"type\": \"memberOf\", \"expression\": \"attribute:tier" + i + " exists\" }");
            }

            return string.Join(", ", parts);
        }

        [Fact]
        public void Eleven_service_constraints_fire_at_the_eleventh() =>
            Fires(RuleIds.TooManyPlacementConstraints, Doc("", Constraints(11)), "/placementConstraints/10", RuleSeverity.Error);

        [Fact]
        public void Task_definition_constraints_count_towards_the_limit()
        {
            var definition = TaskDefinitionJsonModel(Constraints(4));
            var found = Fires(RuleIds.TooManyPlacementConstraints, Doc("", Constraints(7)), "/placementConstraints/6", target: new PlacementTarget { TaskDefinition = definition });
            Assert.Contains("4 in the task definition", found[0].Message);
        }

        [Fact]
        public void Eleven_task_definition_constraints_fire() =>
            RuleAssert.Fires(RuleIds.TooManyPlacementConstraints, TaskDefinition(Constraints(11)), "/placementConstraints/10");

        [Fact]
        public void Ten_in_total_are_silent()
        {
            Silent(RuleIds.TooManyPlacementConstraints, Doc("", Constraints(6)), new PlacementTarget { TaskDefinition = TaskDefinitionJsonModel(Constraints(4)) });
            RuleAssert.Silent(RuleIds.TooManyPlacementConstraints, TaskDefinition(Constraints(10)));
        }

        private static TaskDefinition TaskDefinitionJsonModel(string constraints) =>
            TaskDefKit.Json.TaskDefinitionDocument.Parse(TaskDefinition(constraints)).Definition!;
    }
}
