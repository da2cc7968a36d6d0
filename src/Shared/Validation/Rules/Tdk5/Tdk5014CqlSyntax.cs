using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation.Support;

namespace TaskDefKit.Validation.Rules.Tdk5
{
    /// <summary>TDK5014: a memberOf expression must parse as Cluster Query Language (balanced parentheses, known subjects and operators, and/or/not); the fault is given with its column. An and/or mix without parentheses is a warning.</summary>
    /// <remarks>Source: AWS "Cluster query language" (cluster-query-language.html); grammar in docs/placement.md.</remarks>
    [Rule("TDK5014", "CqlSyntax", RuleSeverity.Error, "Cluster query expression does not parse")]
    [BuilderInputs("/placementConstraints")]
    internal sealed class Tdk5014CqlSyntax : TaskDefinitionRule, IPlacementRule
    {
        public override string Id => RuleIds.CqlSyntax;

        public void Check(PlacementValidationContext context) => Tdk5Cql.CheckPlacement(Id, context);

        public override void Check(ValidationContext context) => Tdk5Cql.CheckTaskDefinition(Id, context);
    }
}
