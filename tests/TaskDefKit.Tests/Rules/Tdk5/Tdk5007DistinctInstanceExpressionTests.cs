using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Tests.Infrastructure;
using TaskDefKit.Validation;
using static TaskDefKit.Tests.Placement.PlacementAssert;

namespace TaskDefKit.Tests.Rules.Tdk5
{
    public class Tdk5007DistinctInstanceExpressionTests
    {
        [Fact]
        public void DistinctInstance_with_expression_fires() =>
            Fires(RuleIds.DistinctInstanceExpression, Doc("", """{ "type": "distinctInstance", "expression": "task:group == web" }"""), "/placementConstraints/0/expression", RuleSeverity.Error);

        [Fact]
        public void Even_an_empty_expression_fires() =>
            Fires(RuleIds.DistinctInstanceExpression, Doc("", """{ "type": "distinctInstance", "expression": "" }"""), "/placementConstraints/0/expression");

        [Fact]
        public void DistinctInstance_without_expression_is_silent() =>
            Silent(RuleIds.DistinctInstanceExpression, Doc("", """{ "type": "distinctInstance" }, { "type": "memberOf", "expression": "task:group == web" }"""));
    }
}
