using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>
    /// TDK2011: <c>dependsOn[]</c> entries need <c>containerName</c> (another container of the task) and
    /// <c>condition</c> ∈ {START, COMPLETE, SUCCESS, HEALTHY}.
    /// </summary>
    /// <remarks>ECS API ContainerDependency (both members required) and ContainerCondition.</remarks>
    [Rule("TDK2011", "DependsOn", RuleSeverity.Error, "Invalid dependsOn entry")]
    // A container added later could be the one a dependency names: only for a whole definition.
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn", WholeDefinition = true)]
    internal sealed class Tdk2011DependsOn : TaskDefinitionRule
    {
        public override string Id => RuleIds.DependsOn;

        public override void Check(ValidationContext context)
        {
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container.DependsOn is null)
                {
                    continue;
                }

                for (int j = 0; j < container.DependsOn.Count; j++)
                {
                    ContainerDependency dependency = container.DependsOn[j];
                    string Entry() => JsonPointer.Index(JsonPointer.Container(i, "dependsOn"), j);
                    string Who() => "Container " + Tdk2Helpers.Describe(container, i);
                    string? target = dependency.ContainerName;
                    if (string.IsNullOrEmpty(target))
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "containerName"), Who() + " has a " + MemberName.Mark("dependsOn") + " entry without " + MemberName.Mark("containerName") + ": name the container it waits for.");
                    }
                    else if (string.Equals(target, container.Name, System.StringComparison.Ordinal))
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "containerName"), Who() + " depends on itself: remove this " + MemberName.Mark("dependsOn") + " entry.");
                    }
                    else if (context.IndexOfContainer(target) < 0)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "containerName"), Who() + " depends on '" + target + "', which is not a container of this task: use the name of one of its containers.");
                    }

                    if (!dependency.Condition.HasValue)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "condition"), Who() + " has a " + MemberName.Mark("dependsOn") + " entry without " + MemberName.Mark("condition") + ": set START, COMPLETE, SUCCESS or HEALTHY.");
                    }
                    else if (!dependency.Condition.Value.IsKnown)
                    {
                        context.Report(Id, JsonPointer.Member(Entry(), "condition"), Who() + " uses the " + MemberName.Mark("dependsOn") + " condition '" + dependency.Condition.Value.Value + "': use START, COMPLETE, SUCCESS or HEALTHY (upper case).");
                    }
                }
            }
        }
    }
}
