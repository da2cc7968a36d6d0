using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1002: <c>containerDefinitions</c> is required and has at least one element.</summary>
    /// <remarks>ECS API model: RegisterTaskDefinitionRequest requires containerDefinitions; cfn-lint E3042 (minItems 1).</remarks>
    [Rule("TDK1002", "ContainerDefinitionsRequired", RuleSeverity.Error, "Task definition has no container definitions")]
    [BuilderInputs("/containerDefinitions/#", WholeDefinition = true)]
    internal sealed class Tdk1002ContainerDefinitionsRequired : TaskDefinitionRule
    {
        public override string Id => RuleIds.ContainerDefinitionsRequired;

        public override void Check(ValidationContext context)
        {
            if (context.Definition.ContainerDefinitions is null)
            {
                context.Report(Id, "/containerDefinitions", "The task definition has no '" + MemberName.Mark("containerDefinitions") + "': add a list with at least one container.");
            }
            else if (context.Definition.ContainerDefinitions.Count == 0)
            {
                context.Report(Id, "/containerDefinitions", "'" + MemberName.Mark("containerDefinitions") + "' is empty: a task definition needs at least one container.");
            }
        }
    }
}
