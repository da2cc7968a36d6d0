using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5015: each cluster query operator must suit its subject and take the right argument (none for exists, a [list] for in/not_in, one value otherwise).</summary>
    /// <remarks>Source: AWS "Cluster query language" (cluster-query-language.html); grammar in docs/placement.md.</remarks>
    [Rule("TDK5015", "CqlOperator", RuleSeverity.Error, "Operator not valid for this cluster query subject")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5015CqlOperator : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.CqlOperator;

        public void Check(PlacementValidationContext context) => Tdk5Cql.CheckPlacement(Id, context);

        public override void Check(ValidationContext context) => Tdk5Cql.CheckTaskDefinition(Id, context);
    }
}
