using System.Collections.Generic;
using TaskDefKit.Validation.Rules.Tdk5;

namespace TaskDefKit.Validation
{
    public static partial class RuleSet
    {
        private static IPlacementRule[]? s_placementRules;

        /// <summary>The rules that check a service or RunTask placement (<see cref="PlacementValidator"/>), in ID order.</summary>
        public static IReadOnlyList<IPlacementRule> PlacementRules => s_placementRules ??= new IPlacementRule[]
        {
            new Tdk5001StrategyType(),
            new Tdk5002BinpackField(),
            new Tdk5003SpreadField(),
            new Tdk5004RandomField(),
            new Tdk5005TooManyStrategies(),
            new Tdk5006ConstraintType(),
            new Tdk5007DistinctInstanceExpression(),
            new Tdk5008MemberOfExpressionRequired(),
            new Tdk5009ExpressionLength(),
            new Tdk5010TooManyConstraints(),
            new Tdk5012FargatePlacement(),
            new Tdk5013DaemonPlacementStrategy(),
            new Tdk5014CqlSyntax(),
            new Tdk5015CqlOperator(),
            new Tdk5016CqlArgument(),
            new Tdk5017AttributeName(),
        };

        // The task-definition side of TDK5: its placementConstraints[] (memberOf only, not on Fargate, their expressions).
        static partial void AddGroup5(List<TaskDefinitionRule> rules)
        {
            rules.Add(new Tdk5008MemberOfExpressionRequired());
            rules.Add(new Tdk5009ExpressionLength());
            rules.Add(new Tdk5010TooManyConstraints());
            rules.Add(new Tdk5011TaskDefinitionConstraintType());
            rules.Add(new Tdk5012FargatePlacement());
            rules.Add(new Tdk5014CqlSyntax());
            rules.Add(new Tdk5015CqlOperator());
            rules.Add(new Tdk5016CqlArgument());
            rules.Add(new Tdk5017AttributeName());
        }

        static partial void AddDeferred5(Dictionary<string, string> deferred)
        {
        }
    }
}
