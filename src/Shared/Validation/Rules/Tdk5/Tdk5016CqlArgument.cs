using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5016: cluster query arguments must have the subject's type: registeredAt dates, runningTasksCount integers, agentVersion dotted versions, =~/!~ Java regular expressions.</summary>
    /// <remarks>Source: AWS "Cluster query language" (cluster-query-language.html); grammar in docs/placement.md.</remarks>
    [Rule("TDK5016", "CqlArgument", RuleSeverity.Error, "Invalid cluster query argument")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5016CqlArgument : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.CqlArgument;

        public void Check(PlacementValidationContext context) => Tdk5Cql.CheckPlacement(Id, context);

        public override void Check(ValidationContext context) => Tdk5Cql.CheckTaskDefinition(Id, context);
    }
}
