using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>TDK6008: a container using the <c>awsfirelens</c> log driver needs a FireLens log router (a container with <c>firelensConfiguration</c>) in the task.</summary>
    /// <remarks>AWS: "When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers." (fabfuel/ecs-deploy#164); [FIRELENS].</remarks>
    [Rule("TDK6008", "AwsFirelensWithoutRouter", RuleSeverity.Error, "awsfirelens log driver without a FireLens router")]
    // A router, or a container that uses it, could be added later: only for a whole definition.
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/logConfiguration", "/containerDefinitions/*/firelensConfiguration", WholeDefinition = true)]
    internal sealed class Tdk6008AwsFirelensWithoutRouter : TaskDefinitionRule
    {
        public override string Id => RuleIds.AwsFirelensWithoutRouter;

        public override void Check(ValidationContext context)
        {
            bool? hasRouter = null;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container?.LogConfiguration?.LogDriver != LogDriver.Awsfirelens)
                {
                    continue;
                }

                hasRouter ??= context.HasFireLensRouter;
                if (hasRouter.Value)
                {
                    return;
                }

                context.Report(Id, JsonPointer.Member(JsonPointer.Container(i, "logConfiguration"), "logDriver"),
                    SecurityReferences.ContainerLabel(container!, i) + " uses the awsfirelens log driver, but no container in the task has a " + MemberName.Mark("firelensConfiguration") + ": add a log router container (for example the aws-for-fluent-bit image) with \"" + MemberName.Mark("firelensConfiguration") + "\": { \"" + MemberName.Mark("type") + "\": \"fluentbit\" }.");
            }
        }
    }
}
