using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Rules.Tdk1
{
    /// <summary>TDK1003: at most 10 container definitions per task definition.</summary>
    /// <remarks>Service Quotas, "Containers per task definition" = 10 (not adjustable).</remarks>
    [Rule("TDK1003", "TooManyContainers", RuleSeverity.Error, "More than 10 containers in a task definition")]
    // Adding calls later can only add containers: too many stays.
    [BuilderInputs("/containerDefinitions/#", ReportAt = "/containerDefinitions/10")]
    internal sealed class Tdk1003TooManyContainers : TaskDefinitionRule
    {
        public override string Id => RuleIds.TooManyContainers;

        public override void Check(ValidationContext context)
        {
            int count = context.Containers.Count;
            if (count > Limits.MaxContainers)
            {
                context.Report(
                    Id,
                    "/containerDefinitions",
                    "The task definition has " + count.ToString(CultureInfo.InvariantCulture) +
                    " containers; ECS allows at most 10 per task definition (a fixed quota): split it into several task definitions or merge containers.");
            }
        }
    }
}
