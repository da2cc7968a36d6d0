using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>TDK9008: a scheduled task's <c>PropagateTags</c> takes one value, <c>TASK_DEFINITION</c>.</summary>
    /// <remarks>Source: EventBridge API reference, EcsParameters.PropagateTags ("Valid Values: TASK_DEFINITION"); Scheduler API reference, EcsParameters.PropagateTags.</remarks>
    [Rule("TDK9008", "ScheduledTaskPropagateTags", RuleSeverity.Error, "Scheduled task PropagateTags value is not valid")]
    internal sealed class Tdk9008ScheduledTaskPropagateTags : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskPropagateTags;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                if (target.PropagateTags != null && target.PropagateTags != "TASK_DEFINITION")
                {
                    context.Report(Id, target.EcsPointer + "/PropagateTags", MemberName.Mark("PropagateTags") + " '" + target.PropagateTags
                        + "' is not accepted: a scheduled task propagates only 'TASK_DEFINITION' (services also take SERVICE, scheduled tasks do not).");
                }
            }
        }
    }
}
