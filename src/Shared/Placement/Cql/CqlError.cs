using System.Collections.Generic;
using TaskDefKit.Rules;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>A fault in a cluster query expression: the rule (TDK5014 syntax, TDK5015 operator, TDK5016 argument, TDK5017 attribute), where, and why.</summary>
    public sealed class CqlError
    {
        public CqlError(string ruleId, int start, int length, string message, RuleSeverity severity = RuleSeverity.Error)
        {
            RuleId = ruleId;
            Start = start;
            Length = length;
            Message = message;
            Severity = severity;
        }

        public string RuleId { get; }

        /// <summary>0-based character offset of the fault in the expression.</summary>
        public int Start { get; }

        public int Length { get; }

        /// <summary>1-based column of the fault in the expression.</summary>
        public int Column => Start + 1;

        /// <summary>What is wrong, without the column (callers add it).</summary>
        public string Message { get; }

        public RuleSeverity Severity { get; }

        public override string ToString() => RuleId + " column " + Column + ": " + Message;
    }

    /// <summary>The result of <see cref="CqlParser.Parse(string)"/>: the tree (null when the text does not parse) and the errors.</summary>
    public sealed class CqlParseResult
    {
        private static readonly CqlError[] NoErrors = new CqlError[0];

        internal CqlParseResult(string text, CqlNode? expression, IReadOnlyList<CqlError>? errors)
        {
            Text = text;
            Expression = expression;
            Errors = errors ?? NoErrors;
        }

        /// <summary>The text that was parsed.</summary>
        public string Text { get; }

        /// <summary>The syntax tree, or null when the text has a syntax error.</summary>
        public CqlNode? Expression { get; }

        /// <summary>Syntax errors (TDK5014) from <see cref="CqlParser.Parse(string)"/>; all findings from <see cref="CqlValidator.Validate(string)"/>.</summary>
        public IReadOnlyList<CqlError> Errors { get; }

        /// <summary>True when the text parsed (semantic findings may still exist).</summary>
        public bool Success => Expression != null;
    }
}
