using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9002: a scheduled task's <c>LaunchType</c> and <c>CapacityProviderStrategy</c> are mutually exclusive, and the
    /// launch type (or the FARGATE capacity providers) must be one the task definition is compatible with.
    /// </summary>
    /// <remarks>
    /// Source: EventBridge API reference, EcsParameters: "The launch type that you specify here must match one of the
    /// launch type (compatibilities) of the target task"; "If a capacityProviderStrategy is specified, the launchType
    /// parameter must be omitted."
    /// </remarks>
    [Rule("TDK9002", "ScheduledTaskLaunchType", RuleSeverity.Error, "Scheduled task launch type does not fit the task definition")]
    internal sealed class Tdk9002ScheduledTaskLaunchType : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskLaunchType;

        public override void Check(ScheduledTaskValidationContext context)
        {
            foreach (EcsTargetView target in context.Targets)
            {
                if (target.LaunchType != null && target.CapacityProviders is { Count: > 0 })
                {
                    context.Report(Id, target.EcsPointer + "/LaunchType", MemberName.Mark("LaunchType") + " and " + MemberName.Mark("CapacityProviderStrategy")
                        + " are mutually exclusive: keep one.");
                    continue;
                }

                List<Compatibility>? compatibilities = context.TaskDefinition?.RequiresCompatibilities;
                if (compatibilities is null || compatibilities.Count == 0)
                {
                    // Without requiresCompatibilities the definition is judged at run time (EC2 by default): nothing certain.
                    continue;
                }

                string? needed = target.LaunchType ?? (target.RunsOnFargate ? "FARGATE" : null);
                if (needed is null || compatibilities.Exists(c => c.Value == needed))
                {
                    continue;
                }

                string pointer = target.LaunchType != null ? target.EcsPointer + "/LaunchType" : target.EcsPointer + "/CapacityProviderStrategy/0/capacityProvider";
                context.Report(Id, pointer, "The task runs on " + needed + " but the task definition's " + MemberName.Mark("requiresCompatibilities") + " lists only "
                    + string.Join(", ", compatibilities.ConvertAll(c => c.Value)) + ": every invocation fails.");
            }
        }
    }
}
