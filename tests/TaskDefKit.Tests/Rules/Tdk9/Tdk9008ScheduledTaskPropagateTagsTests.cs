using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9008ScheduledTaskPropagateTagsTests
    {
        [Fact]
        public void Propagating_service_tags_fires() =>
            Fires(RuleIds.ScheduledTaskPropagateTags, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 1, \"PropagateTags\": \"SERVICE\",", System.StringComparison.Ordinal), null,
                "/Targets/0/EcsParameters/PropagateTags");

        [Fact]
        public void Task_definition_is_silent() =>
            Silent(RuleIds.ScheduledTaskPropagateTags, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 1, \"PropagateTags\": \"TASK_DEFINITION\",", System.StringComparison.Ordinal));
    }
}
