using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk2
{
    /// <summary>TDK2013: a COMPLETE or SUCCESS dependency must target a non-essential container.</summary>
    /// <remarks>AWS: "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container" (boto/boto3#2436).</remarks>
    [Rule("TDK2013", "DependsOnCompleteEssential", RuleSeverity.Error, "COMPLETE/SUCCESS dependency on an essential container")]
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/name", "/containerDefinitions/*/dependsOn", "/containerDefinitions/*/essential", WholeDefinition = true)]
    internal sealed class Tdk2013DependsOnCompleteEssential : TaskDefinitionRule
    {
        public override string Id => RuleIds.DependsOnCompleteEssential;

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
                    if (dependency.Condition != ContainerCondition.Complete && dependency.Condition != ContainerCondition.Success)
                    {
                        continue;
                    }

                    int target = context.IndexOfContainer(dependency.ContainerName);
                    if (target < 0 || target == i || !ValidationContext.IsEssential(context.Containers[target]))
                    {
                        continue;
                    }

                    context.Report(
                        Id,
                        JsonPointer.Member(JsonPointer.Index(JsonPointer.Container(i, "dependsOn"), j), "condition"),
                        "Container " + Tdk2Helpers.Describe(container, i) + " waits for '" + dependency.ContainerName + "' to " + dependency.Condition!.Value.Value +
                        ", but '" + dependency.ContainerName + "' is essential (essential is true or omitted): set \"" + MemberName.Mark("essential") + "\": false on it or use START or HEALTHY.");
                }
            }
        }
    }
}
