using TaskDefKit.Rules;
using static TaskDefKit.Tests.Rules.Tdk9.Tdk9Inputs;

namespace TaskDefKit.Tests.Rules.Tdk9
{
    public class Tdk9006ScheduledTaskRoleTests
    {
        [Fact]
        public void A_target_without_RoleArn_fires() =>
            Fires(RuleIds.ScheduledTaskRole, Targets.Replace("\"RoleArn\": \"arn:aws:iam::123456789012:role/ecsEventsRole\",", string.Empty, System.StringComparison.Ordinal), null, "/Targets/0/RoleArn");

        [Fact]
        public void A_role_name_instead_of_an_arn_fires() =>
            Fires(RuleIds.ScheduledTaskRole, Schedule.Replace("arn:aws:iam::123456789012:role/scheduler-ecs", "scheduler-ecs", System.StringComparison.Ordinal), null, "/Target/RoleArn");

        [Fact]
        public void Role_arns_are_silent()
        {
            Silent(RuleIds.ScheduledTaskRole, Targets);
            Silent(RuleIds.ScheduledTaskRole, Schedule.Replace("arn:aws:iam::", "arn:aws-cn:iam::", System.StringComparison.Ordinal));
        }
    }
}
