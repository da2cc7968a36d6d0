using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2014: a HEALTHY dependency needs a target container that defines <c>healthCheck</c>.</summary>
    /// <remarks>ECS API ContainerDependency.condition: HEALTHY "requires that the dependent container has health checks configured".</remarks>
    [Rule("TDK2014", "DependsOnHealthyWithoutHealthCheck", RuleSeverity.Error, "HEALTHY dependency on a container without health check")]
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn", "/containerDefinitions/*/healthCheck", WholeDefinition = true)]
    internal sealed class Tdk2014DependsOnHealthyWithoutHealthCheck : TaskDefinitionRule
    {
        public override string Id => RuleIds.DependsOnHealthyWithoutHealthCheck;

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
                    if (dependency.Condition != ContainerCondition.Healthy)
                    {
                        continue;
                    }

                    int target = context.IndexOfContainer(dependency.ContainerName);
                    if (target < 0 || target == i || context.Containers[target].HealthCheck != null)
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "dependsOn"), j), "condition"),
                        "Container " + Tdk2Helpers.Describe(container, i) + " waits for '" + dependency.ContainerName + "' to be HEALTHY, but '" +
                        dependency.ContainerName + "' has no " + MemberName.Mark("healthCheck") + ": add a " + MemberName.Mark("healthCheck") + " to it or use the START condition.");
                }
            }
        }
    }
}
