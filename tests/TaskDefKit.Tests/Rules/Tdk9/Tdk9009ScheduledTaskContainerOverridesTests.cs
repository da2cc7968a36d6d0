using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9009ScheduledTaskContainerOverridesTests
    {
        [Fact]
        public void Overriding_a_container_the_task_definition_lacks_fires() =>
            Assert.Contains("'reports'", Fires(RuleIds.ScheduledTaskContainerOverrides, Targets.Replace("\\\"name\\\": \\\"report\\\"", "\\\"name\\\": \\\"reports\\\"", System.StringComparison.Ordinal),
                FargateTask, "/Targets/0/Input").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Existing_container_unknown_task_definition_and_non_json_input_are_silent()
        {
            Silent(RuleIds.ScheduledTaskContainerOverrides, Targets, FargateTask);
            Silent(RuleIds.ScheduledTaskContainerOverrides, Targets.Replace("\\\"name\\\": \\\"report\\\"", "\\\"name\\\": \\\"reports\\\"", System.StringComparison.Ordinal), null);
            Silent(RuleIds.ScheduledTaskContainerOverrides, Targets.Replace("\"Input\": \"{", "\"Input\": \"x{", System.StringComparison.Ordinal), FargateTask);
        }
    }
}
