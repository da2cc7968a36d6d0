using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9009: the container overrides a scheduled task passes in <c>Input</c> (<c>containerOverrides[].name</c>) name
    /// containers of the task definition; RunTask rejects an override for a container the definition does not have.
    /// </summary>
    /// <remarks>Source: Amazon ECS Developer Guide, "Amazon ECS scheduled tasks" (Input as the RunTask overrides); ECS API reference, ContainerOverride.name.</remarks>
    [Rule("TDK9009", "ScheduledTaskContainerOverrides", RuleSeverity.Error, "Scheduled task input overrides a container the task definition does not have")]
    internal sealed class Tdk9009ScheduledTaskContainerOverrides : ScheduledTaskRule
    {
        public override string Id => RuleIds.ScheduledTaskContainerOverrides;

        public override void Check(ScheduledTaskValidationContext context)
        {
            List<ContainerDefinition>? containers = context.TaskDefinition?.ContainerDefinitions;
            if (containers is null)
            {
                return;
            }

            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (ContainerDefinition? container in containers)
            {
                if (container?.Name != null)
                {
                    names.Add(container.Name);
                }
            }

            foreach (EcsTargetView target in context.Targets)
            {
                List<string>? overridden = target.Input is null ? null : ContainerOverrideNames.Read(target.Input);
                if (overridden is null)
                {
                    continue;
                }

                foreach (string name in overridden)
                {
                    if (!names.Contains(name))
                    {
                        context.Report(Id, target.Pointer + "/Input", MemberName.Mark("Input") + " overrides container '" + name + "', which the task definition does not have (it has "
                            + string.Join(", ", SortedNames(names)) + "): every invocation fails.");
                    }
                }
            }
        }

        private static List<string> SortedNames(HashSet<string> names)
        {
            var sorted = new List<string>(names);
            sorted.Sort(System.StringComparer.Ordinal);
            return sorted;
        }
    }
}
