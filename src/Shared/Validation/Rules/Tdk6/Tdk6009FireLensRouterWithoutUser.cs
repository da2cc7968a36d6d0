using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk6
{
    /// <summary>
    /// TDK6009: a <c>firelensConfiguration</c> needs at least one container that uses the <c>awsfirelens</c> log driver;
    /// and only one container per task should be the FireLens log router.
    /// </summary>
    /// <remarks>
    /// AWS: "When a firelensConfiguration object is specified, at least one container has to be configured with the
    /// awsfirelens log driver." (aws/amazon-cloudwatch-logs-for-fluent-bit#20). The single-router limit is enforced only
    /// by AWS CDK ("Firelens log router is already added in this task."), so a second router is reported as a warning.
    /// </remarks>
    [Rule("TDK6009", "FireLensRouterWithoutUser", RuleSeverity.Error, "FireLens router not used or duplicated")]
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/logConfiguration", "/containerDefinitions/*/firelensConfiguration", WholeDefinition = true)]
    internal sealed class Tdk6009FireLensRouterWithoutUser : TaskDefinitionRule
    {
        public override string Id => RuleIds.FireLensRouterWithoutUser;

        public override void Check(ValidationContext context)
        {
            int firstRouter = -1;
            bool anyUser = false;
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                anyUser |= container.LogConfiguration?.LogDriver == LogDriver.Awsfirelens;
                if (container.FirelensConfiguration is null)
                {
                    continue;
                }

                if (firstRouter < 0)
                {
                    firstRouter = i;
                }
                else
                {
                    context.Report(Id, JsonPointer.Container(i, "firelensConfiguration"),
                        SecurityReferences.ContainerLabel(container, i) + " is a second FireLens log router (" + SecurityReferences.ContainerLabel(context.Containers[firstRouter], firstRouter).Substring(10) + " is one already): keep one container with " + MemberName.Mark("firelensConfiguration") + " and remove it from the others.",
                        RuleSeverity.Warning);
                }
            }

            if (firstRouter >= 0 && !anyUser)
            {
                context.Report(Id, JsonPointer.Container(firstRouter, "firelensConfiguration"),
                    SecurityReferences.ContainerLabel(context.Containers[firstRouter], firstRouter) + " is a FireLens log router, but no container uses the awsfirelens log driver: set \"" + MemberName.Mark("logConfiguration") + "\": { \"" + MemberName.Mark("logDriver") + "\": \"awsfirelens\" } on the application containers, or remove " + MemberName.Mark("firelensConfiguration") + ".");
            }
        }
    }
}
