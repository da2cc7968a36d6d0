using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk3
{
    /// <summary>TDK3017: <c>ephemeralStorage</c> on a task definition that is not Fargate-compatible has no effect.</summary>
    /// <remarks>ECS API model, <c>EphemeralStorage</c>: "This parameter is used to expand the total amount of ephemeral
    /// storage available, beyond the default amount, for tasks hosted on Fargate." Fargate is recognised through
    /// <c>requiresCompatibilities</c> or <see cref="ValidationOptions.TargetLaunchType"/>.</remarks>
    [Rule("TDK3017", "EphemeralStorageNotFargate", RuleSeverity.Warning, "Ephemeral storage only applies to Fargate")]
    internal sealed class Tdk3017EphemeralStorageNotFargate : TaskDefinitionRule
    {
        public override string Id => RuleIds.EphemeralStorageNotFargate;

        public override void Check(ValidationContext context)
        {
            if (context.Definition.EphemeralStorage is null || context.IsFargate)
            {
                return;
            }

            context.Report(
                Id,
                "/ephemeralStorage",
                MemberName.Mark("ephemeralStorage") + " only expands the storage of tasks on Fargate, and this task definition does not list FARGATE in " + MemberName.Mark("requiresCompatibilities") + ": "
                + "add \"FARGATE\" if the task runs there, or remove " + MemberName.Mark("ephemeralStorage") + " and size the instance's disk instead.");
        }
    }
}
