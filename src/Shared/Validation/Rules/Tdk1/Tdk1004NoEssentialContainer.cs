using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1004: at least one container is essential (<c>essential</c> true or omitted).</summary>
    /// <remarks>ECS API ContainerDefinition.essential: "All tasks must have at least one essential container";
    /// cfn-lint E3042; CDK "A TaskDefinition must have at least one essential container".</remarks>
    [Rule("TDK1004", "NoEssentialContainer", RuleSeverity.Error, "No essential container")]
    // A later call could add an essential container: only for a whole definition.
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/essential", WholeDefinition = true, ReportAt = "/containerDefinitions/0/essential")]
    internal sealed class Tdk1004NoEssentialContainer : TaskDefinitionRule
    {
        public override string Id => RuleIds.NoEssentialContainer;

        public override void Check(ValidationContext context)
        {
            if (context.Containers.Count == 0)
            {
                return;
            }

            for (int i = 0; i < context.Containers.Count; i++)
            {
                if (ValidationContext.IsEssential(context.Containers[i]))
                {
                    return;
                }
            }

            string first = context.Containers[0].Name ?? "the first container";
            context.Report(
                Id,
                "/containerDefinitions",
                "Every container sets \"" + MemberName.Mark("essential") + "\": false, but a task needs at least one essential container: set \"" + MemberName.Mark("essential") + "\": true on the main container (for example '" +
                first + "').");
        }
    }
}
