using TaskDefKit.Rules;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9007ScheduledTaskTagPermissionTests
    {
        [Fact]
        public void Tags_advise_ecs_TagResource_with_the_statement() =>
            Assert.Contains("ecs:TagResource", Fires(RuleIds.ScheduledTaskTagPermission,
                Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 1, \"Tags\": [{ \"Key\": \"team\", \"Value\": \"data\" }],", System.StringComparison.Ordinal), null,
                "/Targets/0/EcsParameters/Tags").Message, System.StringComparison.Ordinal);

        [Fact]
        public void Scheduler_propagating_tags_advises_too() =>
            Fires(RuleIds.ScheduledTaskTagPermission, Schedule.Replace("\"LaunchType\": \"FARGATE\",", "\"LaunchType\": \"FARGATE\", \"PropagateTags\": \"TASK_DEFINITION\",", System.StringComparison.Ordinal), null,
                "/Target/EcsParameters/PropagateTags");

        [Fact]
        public void Untagged_tasks_are_silent()
        {
            Silent(RuleIds.ScheduledTaskTagPermission, Targets);
            Silent(RuleIds.ScheduledTaskTagPermission, Targets.Replace("\"TaskCount\": 1,", "\"TaskCount\": 1, \"EnableECSManagedTags\": false,", System.StringComparison.Ordinal));
        }
    }
}
