using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Policy;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk9
{
    /// <summary>
    /// TDK9408: a container that does not log with a driver the organisation policy requires
    /// (<see cref="OrganisationPolicy.RequiredLogDrivers"/>): it has no <c>logConfiguration</c>, or another
    /// <c>logDriver</c>. Where the policy requires a driver, this rule replaces TDK6028's advice about a missing
    /// configuration.
    /// </summary>
    [Rule("TDK9408", "PolicyLogDriver", RuleSeverity.Error, "Log driver not the one the organisation policy requires")]
    [BuilderInputs("/containerDefinitions/#", "/containerDefinitions/*/logConfiguration", WholeDefinition = true)]
    internal sealed class Tdk9408LogDriverNotAllowed : TaskDefinitionRule
    {
        public override string Id => RuleIds.PolicyLogDriver;

        public override void Check(ValidationContext context)
        {
            OrganisationPolicy? policy = context.Options.Policy;
            if (policy?.RequiredLogDrivers is null)
            {
                return;
            }

            string required = policy.Where("requiredLogDriver") + ": " + PolicyMatching.Show(policy.RequiredLogDrivers);
            for (int i = 0; i < context.Containers.Count; i++)
            {
                ContainerDefinition container = context.Containers[i];
                if (container is null)
                {
                    continue;
                }

                LogConfiguration? log = container.LogConfiguration;
                if (log is null)
                {
                    context.Report(Id, JsonPointer.Container(i, "logConfiguration"),
                        "Container " + Tdk2Helpers.Describe(container, i) + " has no " + MemberName.Mark("logConfiguration") + ", and the organisation policy requires one (" + required + "): add a " + MemberName.Mark("logConfiguration") + " with an allowed " + MemberName.Mark("logDriver") + ".");
                }
                else if (log.LogDriver is LogDriver driver && !PolicyMatching.Contains(policy.RequiredLogDrivers, driver.Value))
                {
                    context.Report(Id, JsonPointer.Container(i, "logConfiguration") + "/logDriver",
                        "Container " + Tdk2Helpers.Describe(container, i) + " logs with " + driver.Value + ", which the organisation policy does not allow (" + required + "): use an allowed " + MemberName.Mark("logDriver") + ".");
                }
            }
        }
    }
}
