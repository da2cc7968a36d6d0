using System;
using System.Collections.Generic;
using System.Globalization;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>
    /// Typed builder for cluster query expressions. Start from a subject, pick an operator, combine with
    /// <see cref="CqlExpression.And"/>/<see cref="CqlExpression.Or"/>/<see cref="Not"/> (or <c>&amp;</c>, <c>|</c>,
    /// <c>!</c>), and print with <c>ToString()</c>:
    /// <code>
    /// Cql.Attribute(EcsAttributes.InstanceType).Matches("g2.*")
    ///    .And(Cql.Attribute(EcsAttributes.AvailabilityZone).NotEqual("us-east-1d"))
    ///    .ToString()   // attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d
    /// </code>
    /// </summary>
    public static class Cql
    {
        /// <summary><c>agentConnected</c></summary>
        public static CqlSubjectBuilder AgentConnected => new CqlSubjectBuilder(CqlSubjectKind.AgentConnected, null);

        /// <summary><c>agentVersion</c></summary>
        public static CqlSubjectBuilder AgentVersion => new CqlSubjectBuilder(CqlSubjectKind.AgentVersion, null);

        /// <summary><c>ec2InstanceId</c></summary>
        public static CqlSubjectBuilder Ec2InstanceId => new CqlSubjectBuilder(CqlSubjectKind.Ec2InstanceId, null);

        /// <summary><c>registeredAt</c></summary>
        public static CqlSubjectBuilder RegisteredAt => new CqlSubjectBuilder(CqlSubjectKind.RegisteredAt, null);

        /// <summary><c>runningTasksCount</c></summary>
        public static CqlSubjectBuilder RunningTasksCount => new CqlSubjectBuilder(CqlSubjectKind.RunningTasksCount, null);

        /// <summary><c>task:group</c></summary>
        public static CqlSubjectBuilder TaskGroup => new CqlSubjectBuilder(CqlSubjectKind.TaskGroup, null);

        /// <summary><c>attribute:&lt;name&gt;</c>; see <see cref="EcsAttributes"/> for the names ECS sets.</summary>
        public static CqlSubjectBuilder Attribute(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            foreach (char c in name)
            {
                if (CqlParser.EndsSubject(c))
                {
                    throw new ArgumentException("Attribute name '" + name + "' contains '" + c + "', which cannot appear in a cluster query subject.", nameof(name));
                }
            }

            if (name.Length == 0)
            {
                throw new ArgumentException("The attribute name is empty.", nameof(name));
            }

            return new CqlSubjectBuilder(CqlSubjectKind.Attribute, name);
        }

        /// <summary><c>not (expression)</c></summary>
        public static CqlExpression Not(CqlExpression expression) => new CqlExpression(new CqlNot(Guard.NotNull(expression, nameof(expression)).Node));

        /// <summary><c>(expression)</c>: explicit parentheses (the printer adds the ones that meaning requires).</summary>
        public static CqlExpression Group(CqlExpression expression) => new CqlExpression(new CqlGroup(Guard.NotNull(expression, nameof(expression)).Node));

        /// <summary>All expressions joined with <c>and</c>.</summary>
        public static CqlExpression All(params CqlExpression[] expressions) => Join(CqlBinaryKind.And, expressions);

        /// <summary>Any of the expressions: joined with <c>or</c>.</summary>
        public static CqlExpression Any(params CqlExpression[] expressions) => Join(CqlBinaryKind.Or, expressions);

        /// <summary>Parses text into an expression; throws <see cref="FormatException"/> with the column when it does not parse.</summary>
        public static CqlExpression Parse(string text)
        {
            CqlParseResult result = CqlParser.Parse(text);
            if (result.Expression is null)
            {
                CqlError error = result.Errors[0];
                throw new FormatException("Column " + error.Column + ": " + error.Message);
            }

            return new CqlExpression(result.Expression);
        }

        private static CqlExpression Join(CqlBinaryKind kind, CqlExpression[] expressions)
        {
            if (expressions is null || expressions.Length == 0)
            {
                throw new ArgumentException("Give at least one expression.", nameof(expressions));
            }

            CqlNode node = expressions[0].Node;
            for (int i = 1; i < expressions.Length; i++)
            {
                node = new CqlBinary(kind, node, expressions[i].Node);
            }

            return new CqlExpression(node);
        }

        internal static CqlLiteral Literal(string value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (!CqlPrinter.CanPrint(value))
            {
                throw new ArgumentException("A cluster query value cannot contain both ' and \" (there is no escape).", nameof(value));
            }

            return new CqlLiteral(value);
        }
    }

    /// <summary>A subject waiting for its operator (see <see cref="Cql"/>).</summary>
    public readonly struct CqlSubjectBuilder
    {
        private readonly CqlSubjectKind _kind;
        private readonly string? _attribute;

        internal CqlSubjectBuilder(CqlSubjectKind kind, string? attribute)
        {
            _kind = kind;
            _attribute = attribute;
        }

        /// <summary><c>subject == value</c></summary>
        public CqlExpression Equal(string value) => Single(CqlOperator.Equal, value);

        /// <summary><c>subject == n</c> (runningTasksCount)</summary>
        public CqlExpression Equal(int value) => Single(CqlOperator.Equal, Number(value));

        /// <summary><c>subject != value</c></summary>
        public CqlExpression NotEqual(string value) => Single(CqlOperator.NotEqual, value);

        /// <summary><c>subject != n</c></summary>
        public CqlExpression NotEqual(int value) => Single(CqlOperator.NotEqual, Number(value));

        /// <summary><c>subject &gt; value</c></summary>
        public CqlExpression GreaterThan(string value) => Single(CqlOperator.GreaterThan, value);

        /// <summary><c>subject &gt; n</c></summary>
        public CqlExpression GreaterThan(int value) => Single(CqlOperator.GreaterThan, Number(value));

        /// <summary><c>subject &gt; date</c> (registeredAt, written as <c>yyyy-MM-ddTHH:mm:ssZ</c> or <c>yyyy-MM-dd</c> at midnight)</summary>
        public CqlExpression GreaterThan(DateTime value) => Single(CqlOperator.GreaterThan, Date(value));

        /// <summary><c>subject &gt;= value</c></summary>
        public CqlExpression GreaterThanOrEqual(string value) => Single(CqlOperator.GreaterThanOrEqual, value);

        /// <summary><c>subject &gt;= n</c></summary>
        public CqlExpression GreaterThanOrEqual(int value) => Single(CqlOperator.GreaterThanOrEqual, Number(value));

        /// <summary><c>subject &lt; value</c></summary>
        public CqlExpression LessThan(string value) => Single(CqlOperator.LessThan, value);

        /// <summary><c>subject &lt; n</c></summary>
        public CqlExpression LessThan(int value) => Single(CqlOperator.LessThan, Number(value));

        /// <summary><c>subject &lt; date</c> (registeredAt)</summary>
        public CqlExpression LessThan(DateTime value) => Single(CqlOperator.LessThan, Date(value));

        /// <summary><c>subject &lt;= value</c></summary>
        public CqlExpression LessThanOrEqual(string value) => Single(CqlOperator.LessThanOrEqual, value);

        /// <summary><c>subject &lt;= n</c></summary>
        public CqlExpression LessThanOrEqual(int value) => Single(CqlOperator.LessThanOrEqual, Number(value));

        /// <summary><c>subject exists</c></summary>
        public CqlExpression Exists() => new CqlExpression(new CqlComparison(Subject(), CqlOperator.Exists, null));

        /// <summary><c>subject not_exists</c></summary>
        public CqlExpression NotExists() => new CqlExpression(new CqlComparison(Subject(), CqlOperator.NotExists, null));

        /// <summary><c>subject in [a, b, …]</c></summary>
        public CqlExpression In(params string[] values) => List(CqlOperator.In, values);

        /// <summary><c>subject not_in [a, b, …]</c></summary>
        public CqlExpression NotIn(params string[] values) => List(CqlOperator.NotIn, values);

        /// <summary><c>subject =~ pattern</c> (a Java regular expression)</summary>
        public CqlExpression Matches(string pattern) => Single(CqlOperator.Matches, pattern);

        /// <summary><c>subject !~ pattern</c></summary>
        public CqlExpression NotMatches(string pattern) => Single(CqlOperator.NotMatches, pattern);

        private CqlSubject Subject() => new CqlSubject(_kind, _attribute);

        private CqlExpression Single(CqlOperator op, string value) =>
            new CqlExpression(new CqlComparison(Subject(), op, Cql.Literal(value)));

        private CqlExpression List(CqlOperator op, string[] values)
        {
            if (values is null || values.Length == 0)
            {
                throw new ArgumentException("Give at least one value.", nameof(values));
            }

            var items = new List<CqlLiteral>(values.Length);
            foreach (string value in values)
            {
                items.Add(Cql.Literal(value));
            }

            return new CqlExpression(new CqlComparison(Subject(), op, new CqlList(items)));
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Date(DateTime value) =>
            value.TimeOfDay == TimeSpan.Zero && value.Kind != DateTimeKind.Utc
                ? value.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)
                : value.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>A cluster query expression: a tree that prints as the expression string.</summary>
    public sealed class CqlExpression
    {
        public CqlExpression(CqlNode node)
        {
            Node = node ?? throw new ArgumentNullException(nameof(node));
        }

        /// <summary>The syntax tree.</summary>
        public CqlNode Node { get; }

        /// <summary><c>this and other</c></summary>
        public CqlExpression And(CqlExpression other) => new CqlExpression(new CqlBinary(CqlBinaryKind.And, Node, other.Node));

        /// <summary><c>this or other</c></summary>
        public CqlExpression Or(CqlExpression other) => new CqlExpression(new CqlBinary(CqlBinaryKind.Or, Node, other.Node));

        public static CqlExpression operator &(CqlExpression left, CqlExpression right) => left.And(right);

        public static CqlExpression operator |(CqlExpression left, CqlExpression right) => left.Or(right);

        public static CqlExpression operator !(CqlExpression operand) => Cql.Not(operand);

        /// <summary>The canonical expression string.</summary>
        public override string ToString() => CqlPrinter.Print(Node);

        public static implicit operator string(CqlExpression expression) => expression.ToString();
    }
}
