using System;
using System.Text;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>
    /// Prints a cluster query tree in canonical form: single spaces around operators, symbol operators
    /// (<c>==</c>, <c>!=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>=~</c>, <c>!~</c>) and the word forms
    /// <c>in</c>, <c>not_in</c>, <c>exists</c>, <c>not_exists</c>, <c>and</c>, <c>or</c>, <c>not</c>; lists as
    /// <c>[a, b]</c>; literals bare when they can be, else in single quotes (double quotes when the value holds a
    /// single quote). <c>not</c> always takes parentheses (<c>not (task:group == database)</c>, as in AWS's example),
    /// and an <c>and</c> inside an <c>or</c> is parenthesised because AWS does not document their precedence.
    /// Parse → print → parse → print gives the same text.
    /// </summary>
    public static class CqlPrinter
    {
        public static string Print(CqlNode node)
        {
            Guard.ThrowIfNull(node, nameof(node));
            var text = new StringBuilder(64);
            Append(text, node);
            return text.ToString();
        }

        /// <summary>True when a literal can be written without quotes.</summary>
        public static bool CanBeBare(string value)
        {
            Guard.ThrowIfNull(value, nameof(value));
            if (value.Length == 0 || value == "and" || value == "or" || value == "not")
            {
                return false;
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (CqlParser.EndsLiteral(c))
                {
                    return false;
                }

                if (i + 1 < value.Length && ((c == '&' && value[i + 1] == '&') || (c == '|' && value[i + 1] == '|')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when a literal can be written at all (it does not hold both quote characters).</summary>
        public static bool CanPrint(string value) => Guard.NotNull(value, nameof(value)).IndexOf('\'') < 0 || value.IndexOf('"') < 0;

        private static void Append(StringBuilder text, CqlNode node)
        {
            switch (node)
            {
                case CqlBinary binary:
                    AppendOperand(text, binary, binary.Left);
                    text.Append(binary.Kind == CqlBinaryKind.And ? " and " : " or ");
                    AppendOperand(text, binary, binary.Right);
                    break;
                case CqlNot not:
                    text.Append("not ");
                    if (not.Operand is CqlGroup)
                    {
                        Append(text, not.Operand);
                    }
                    else
                    {
                        text.Append('(');
                        Append(text, not.Operand);
                        text.Append(')');
                    }

                    break;
                case CqlGroup group:
                    text.Append('(');
                    Append(text, group.Inner);
                    text.Append(')');
                    break;
                case CqlComparison comparison:
                    text.Append(comparison.Subject.Text).Append(' ').Append(CqlParser.OperatorText(comparison.Operator));
                    if (comparison.Argument != null)
                    {
                        text.Append(' ');
                        Append(text, comparison.Argument);
                    }

                    break;
                case CqlList list:
                    text.Append('[');
                    for (int i = 0; i < list.Items.Count; i++)
                    {
                        if (i > 0)
                        {
                            text.Append(", ");
                        }

                        Append(text, list.Items[i]);
                    }

                    text.Append(']');
                    break;
                case CqlLiteral literal:
                    if (CanBeBare(literal.Value))
                    {
                        text.Append(literal.Value);
                    }
                    else
                    {
                        char quote = literal.Value.IndexOf('\'') < 0 ? '\'' : '"';
                        text.Append(quote).Append(literal.Value).Append(quote);
                    }

                    break;
                case CqlSubject subject:
                    text.Append(subject.Text);
                    break;
                default:
                    throw new ArgumentException("Unknown node " + node.GetType().Name, nameof(node));
            }
        }

        private static void AppendOperand(StringBuilder text, CqlBinary parent, CqlNode child)
        {
            // An or under an and needs parentheses to keep its meaning; an and under an or gets them for clarity.
            bool wrap = child is CqlBinary inner && inner.Kind != parent.Kind;
            if (wrap)
            {
                text.Append('(');
            }

            Append(text, child);
            if (wrap)
            {
                text.Append(')');
            }
        }
    }
}
