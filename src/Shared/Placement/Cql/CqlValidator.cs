using System;
using System.Collections.Generic;
using System.Globalization;
using TaskDefKit.Rules;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>
    /// Parses a cluster query expression and checks what the grammar alone cannot: operators against subjects and
    /// argument shapes (TDK5015), argument values (TDK5016), attribute names and values (TDK5017, warnings), and an
    /// <c>and</c>/<c>or</c> mix without parentheses (TDK5014 as a warning: AWS does not document their precedence).
    /// </summary>
    public static class CqlValidator
    {
        private static readonly string[] DateFormats =
        {
            "yyyy'-'MM'-'dd'T'HH':'mm':'sszzz",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
            "yyyy'-'MM'-'dd",
        };

        /// <summary>Parses and checks <paramref name="text"/>; the result holds the tree and every finding in text order.</summary>
        public static CqlParseResult Validate(string text)
        {
            CqlParseResult parsed = CqlParser.Parse(text);
            if (parsed.Expression is null)
            {
                return parsed;
            }

            List<CqlError>? errors = null;
            Check(parsed.Expression, ref errors);
            if (errors is null)
            {
                return parsed;
            }

            errors.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));
            return new CqlParseResult(text, parsed.Expression, errors);
        }

        /// <summary>Checks a tree (parsed or built); null when nothing is wrong.</summary>
        public static List<CqlError>? Check(CqlNode node)
        {
            List<CqlError>? errors = null;
            Check(node, ref errors);
            return errors;
        }

        private static void Check(CqlNode node, ref List<CqlError>? errors)
        {
            switch (node)
            {
                case CqlBinary binary:
                    if (binary.Kind == CqlBinaryKind.Or && (IsBinary(binary.Left, CqlBinaryKind.And) || IsBinary(binary.Right, CqlBinaryKind.And)))
                    {
                        Add(ref errors, new CqlError(
                            RuleIds.CqlSyntax,
                            binary.OperatorStart >= 0 ? binary.OperatorStart : Math.Max(binary.Start, 0),
                            2,
                            "'and' and 'or' are mixed without parentheses; AWS does not document which binds tighter, so add parentheses, e.g. (a and b) or c.",
                            RuleSeverity.Warning));
                    }

                    Check(binary.Left, ref errors);
                    Check(binary.Right, ref errors);
                    break;
                case CqlNot not:
                    Check(not.Operand, ref errors);
                    break;
                case CqlGroup group:
                    Check(group.Inner, ref errors);
                    break;
                case CqlComparison comparison:
                    CheckComparison(comparison, ref errors);
                    break;
            }
        }

        private static bool IsBinary(CqlNode node, CqlBinaryKind kind) => node is CqlBinary binary && binary.Kind == kind;

        private static void CheckComparison(CqlComparison comparison, ref List<CqlError>? errors)
        {
            CqlSubject subject = comparison.Subject;
            CqlOperator op = comparison.Operator;
            string opText = CqlParser.OperatorText(op);
            int opStart = comparison.OperatorStart >= 0 ? comparison.OperatorStart : Math.Max(comparison.Start, 0);

            if (subject.Kind == CqlSubjectKind.Attribute)
            {
                CheckAttributeName(subject, ref errors);
            }

            if (!IsAllowed(subject.Kind, op))
            {
                Add(ref errors, new CqlError(
                    RuleIds.CqlOperator,
                    opStart,
                    comparison.OperatorLength,
                    "'" + subject.Text + "' does not take the operator '" + opText + "'; valid operators are " + AllowedText(subject.Kind) + "."));
                return;
            }

            CqlNode? argument = comparison.Argument;
            int argStart = argument != null && argument.Start >= 0 ? argument.Start : opStart + comparison.OperatorLength;
            bool takesList = op == CqlOperator.In || op == CqlOperator.NotIn;
            bool takesNone = op == CqlOperator.Exists || op == CqlOperator.NotExists;
            if (takesNone)
            {
                if (argument != null)
                {
                    Add(ref errors, new CqlError(RuleIds.CqlOperator, argStart, argument.Length, "'" + opText + "' takes no argument; remove it."));
                }

                return;
            }

            if (takesList)
            {
                if (!(argument is CqlList list))
                {
                    Add(ref errors, new CqlError(
                        RuleIds.CqlOperator,
                        argument is null ? opStart : argStart,
                        argument is null ? comparison.OperatorLength : argument.Length,
                        "'" + opText + "' takes an argument list in brackets, e.g. " + subject.Text + " " + opText + " [a, b]" +
                        (argument is CqlLiteral single ? ", not the single value '" + single.Value + "'; write [" + single.Value + "] or use " + (op == CqlOperator.In ? "==" : "!=") + "." : ".")));
                    return;
                }

                if (list.Items.Count == 0)
                {
                    Add(ref errors, new CqlError(RuleIds.CqlOperator, argStart, list.Length, "The argument list of '" + opText + "' is empty; give at least one value."));
                    return;
                }

                foreach (CqlLiteral item in list.Items)
                {
                    CheckValue(subject, op, item, ref errors);
                }

                return;
            }

            if (argument is CqlList)
            {
                Add(ref errors, new CqlError(
                    RuleIds.CqlOperator,
                    argStart,
                    argument.Length,
                    "'" + opText + "' takes a single value, not a list; use " + (op == CqlOperator.NotEqual ? "not_in" : "in") + " for a list."));
                return;
            }

            if (!(argument is CqlLiteral literal))
            {
                Add(ref errors, new CqlError(RuleIds.CqlOperator, opStart, comparison.OperatorLength, "'" + opText + "' needs a value after it, e.g. " + subject.Text + " " + opText + " " + Example(subject.Kind) + "."));
                return;
            }

            CheckValue(subject, op, literal, ref errors);
        }

        private static void CheckValue(CqlSubject subject, CqlOperator op, CqlLiteral literal, ref List<CqlError>? errors)
        {
            int start = Math.Max(literal.Start, 0);
            string value = literal.Value;
            if (op == CqlOperator.Matches || op == CqlOperator.NotMatches)
            {
                string? problem = JavaRegex.Check(value);
                if (problem != null)
                {
                    Add(ref errors, new CqlError(RuleIds.CqlArgument, start, literal.Length, "'" + value + "' is not a valid Java regular expression: " + problem));
                }

                return;
            }

            switch (subject.Kind)
            {
                case CqlSubjectKind.RegisteredAt:
                    if (!DateTime.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        Add(ref errors, new CqlError(RuleIds.CqlArgument, start, literal.Length, "registeredAt needs a date such as 2018-06-18, 2018-06-18T22:28:28, 2018-06-18T22:28:28Z or 2018-06-18T22:28:28+00:00, not '" + value + "'."));
                    }

                    break;
                case CqlSubjectKind.RunningTasksCount:
                    if (!IsInteger(value))
                    {
                        Add(ref errors, new CqlError(RuleIds.CqlArgument, start, literal.Length, "runningTasksCount is compared with a whole number, not '" + value + "'."));
                    }

                    break;
                case CqlSubjectKind.AgentVersion:
                    if (!IsDottedVersion(value))
                    {
                        Add(ref errors, new CqlError(RuleIds.CqlArgument, start, literal.Length, "agentVersion is compared with a dotted version such as 1.14.5, not '" + value + "'."));
                    }

                    break;
                case CqlSubjectKind.Attribute:
                    if ((op == CqlOperator.Equal || op == CqlOperator.NotEqual || op == CqlOperator.In || op == CqlOperator.NotIn) && !EcsAttributes.IsValidValue(value))
                    {
                        Add(ref errors, new CqlError(
                            RuleIds.AttributeName,
                            start,
                            literal.Length,
                            "'" + value + "' can never be the value of attribute " + subject.AttributeName + ": values are 1-128 letters, digits, '-', '_', '.', '@', '/', '\\', ':' or spaces, without leading or trailing spaces.",
                            RuleSeverity.Warning));
                    }

                    break;
            }
        }

        private static void CheckAttributeName(CqlSubject subject, ref List<CqlError>? errors)
        {
            string name = subject.AttributeName ?? string.Empty;
            string? problem = AttributeNameProblem(name);
            if (problem != null)
            {
                Add(ref errors, new CqlError(RuleIds.AttributeName, Math.Max(subject.Start, 0) + 10, name.Length, problem, RuleSeverity.Warning));
            }
        }

        /// <summary>Why an attribute name is invalid or probably a typo (TDK5017), or null when it is fine.</summary>
        public static string? AttributeNameProblem(string name)
        {
            Guard.ThrowIfNull(name, nameof(name));
            if (!EcsAttributes.IsValidName(name))
            {
                return "Attribute name '" + name + "' is not valid: names are 1-128 letters, digits, '-', '_', '/', '\\' or '.'.";
            }

            if (name.StartsWith("ecs.", StringComparison.Ordinal) && !EcsAttributes.IsKnownEcsName(name))
            {
                return "'" + name + "' is not an attribute ECS sets (" + string.Join(", ", EcsAttributes.BuiltIn) + ", ecs.capability.*); check the spelling.";
            }

            return null;
        }

        /// <summary>Whether the AWS page lists <paramref name="op"/> for <paramref name="subject"/> (attributes and task:group take all).</summary>
        public static bool IsAllowed(CqlSubjectKind subject, CqlOperator op)
        {
            switch (subject)
            {
                case CqlSubjectKind.AgentConnected:
                case CqlSubjectKind.Ec2InstanceId:
                    return op == CqlOperator.Equal || op == CqlOperator.NotEqual || op == CqlOperator.In || op == CqlOperator.NotIn ||
                           op == CqlOperator.Matches || op == CqlOperator.NotMatches;
                case CqlSubjectKind.AgentVersion:
                case CqlSubjectKind.RegisteredAt:
                case CqlSubjectKind.RunningTasksCount:
                    return op == CqlOperator.Equal || op == CqlOperator.NotEqual || op == CqlOperator.GreaterThan ||
                           op == CqlOperator.GreaterThanOrEqual || op == CqlOperator.LessThan || op == CqlOperator.LessThanOrEqual;
                default:
                    return true;
            }
        }

        private static string AllowedText(CqlSubjectKind subject) =>
            subject == CqlSubjectKind.AgentConnected || subject == CqlSubjectKind.Ec2InstanceId
                ? "==, !=, in, not_in, =~ and !~"
                : "==, !=, >, >=, < and <=";

        private static string Example(CqlSubjectKind subject)
        {
            switch (subject)
            {
                case CqlSubjectKind.AgentVersion: return "1.14.5";
                case CqlSubjectKind.RegisteredAt: return "2018-02-13";
                case CqlSubjectKind.RunningTasksCount: return "0";
                case CqlSubjectKind.Ec2InstanceId: return "i-abcd1234";
                case CqlSubjectKind.AgentConnected: return "true";
                case CqlSubjectKind.TaskGroup: return "service:production";
                default: return "value";
            }
        }

        private static bool IsInteger(string value)
        {
            int i = value.Length > 0 && (value[0] == '-' || value[0] == '+') ? 1 : 0;
            if (i == value.Length || value.Length - i > 10)
            {
                return false;
            }

            for (; i < value.Length; i++)
            {
                if (value[i] < '0' || value[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // ^[0-9]+(\.[0-9]+)*$
        private static bool IsDottedVersion(string value)
        {
            bool digit = false;
            foreach (char c in value)
            {
                if (c >= '0' && c <= '9')
                {
                    digit = true;
                }
                else if (c == '.' && digit)
                {
                    digit = false;
                }
                else
                {
                    return false;
                }
            }

            return digit;
        }

        private static void Add(ref List<CqlError>? errors, CqlError error) => (errors ??= new List<CqlError>(2)).Add(error);
    }
}
