using System;
using System.Collections.Generic;
using TaskDefKit.Model;
using TaskDefKit.Placement.Cql;
using TaskDefKit.Rules;

namespace TaskDefKit.Validation.Support
{
    /// <summary>
    /// The TDK5 rules' shared view of cluster query expressions: each expression is parsed and checked once per
    /// thread even though TDK5014–TDK5017 each look at it, and messages are spelled the same way.
    /// </summary>
    internal static class Tdk5Cql
    {
        [ThreadStatic]
        private static string? t_lastText;

        [ThreadStatic]
        private static CqlParseResult? t_lastResult;

        public static CqlParseResult Validate(string expression)
        {
            if (t_lastResult != null && ReferenceEquals(t_lastText, expression))
            {
                return t_lastResult;
            }

            CqlParseResult result = CqlValidator.Validate(expression);
            t_lastText = expression;
            t_lastResult = result;
            return result;
        }

        public static string Message(string expression, CqlError error) =>
            "Expression '" + Shorten(expression) + "', column " + error.Column + ": " + error.Message;

        public static string Shorten(string text) => text.Length <= 100 ? text : text.Substring(0, 100) + "…";

        /// <summary>Reports the findings of <paramref name="ruleId"/> for every memberOf expression of a task definition.</summary>
        public static void CheckTaskDefinition(string ruleId, ValidationContext context)
        {
            List<TaskDefinitionPlacementConstraint>? constraints = context.Definition.PlacementConstraints;
            if (constraints is null)
            {
                return;
            }

            for (int i = 0; i < constraints.Count; i++)
            {
                TaskDefinitionPlacementConstraint constraint = constraints[i];
                if (constraint.Type == TaskDefinitionPlacementConstraintType.MemberOf && !IsBlank(constraint.Expression))
                {
                    string expression = constraint.Expression!;
                    foreach (CqlError error in Validate(expression).Errors)
                    {
                        if (error.RuleId == ruleId)
                        {
                            context.Report(ruleId, ExpressionPointer(i), Message(expression, error), error.Severity);
                        }
                    }
                }
            }
        }

        /// <summary>Reports the findings of <paramref name="ruleId"/> for every memberOf expression of a placement.</summary>
        public static void CheckPlacement(string ruleId, PlacementValidationContext context)
        {
            IReadOnlyList<PlacementConstraint> constraints = context.Constraints;
            for (int i = 0; i < constraints.Count; i++)
            {
                PlacementConstraint constraint = constraints[i];
                if (constraint.Type == PlacementConstraintType.MemberOf && !IsBlank(constraint.Expression))
                {
                    string expression = constraint.Expression!;
                    foreach (CqlError error in Validate(expression).Errors)
                    {
                        if (error.RuleId == ruleId)
                        {
                            context.Report(ruleId, ExpressionPointer(i), Message(expression, error), error.Severity);
                        }
                    }
                }
            }
        }

        public static string ConstraintPointer(int index) => JsonPointer.Index("/placementConstraints", index);

        public static string ExpressionPointer(int index) => JsonPointer.Member(ConstraintPointer(index), "expression");

        public static string StrategyPointer(int index) => JsonPointer.Index("/placementStrategy", index);

        public static bool IsBlank(string? text)
        {
            if (text is null)
            {
                return true;
            }

            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
