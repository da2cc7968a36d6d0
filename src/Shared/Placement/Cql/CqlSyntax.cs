using System.Collections.Generic;

namespace TaskDefKit.Placement.Cql
{
    /// <summary>The subjects of the Cluster Query Language (the left side of a single expression).</summary>
    public enum CqlSubjectKind
    {
        /// <summary><c>agentConnected</c>: the container agent's connection status.</summary>
        AgentConnected,

        /// <summary><c>agentVersion</c>: the container agent's version (dotted, e.g. <c>1.14.5</c>).</summary>
        AgentVersion,

        /// <summary><c>ec2InstanceId</c>: the EC2 instance ID.</summary>
        Ec2InstanceId,

        /// <summary><c>registeredAt</c>: the container instance's registration date.</summary>
        RegisteredAt,

        /// <summary><c>runningTasksCount</c>: the number of running tasks (an integer).</summary>
        RunningTasksCount,

        /// <summary><c>task:group</c>: the task group (e.g. <c>service:production</c>).</summary>
        TaskGroup,

        /// <summary><c>attribute:&lt;name&gt;</c>: a built-in, optional or custom container instance attribute.</summary>
        Attribute,
    }

    /// <summary>The comparison operators of the Cluster Query Language, each with a symbol and a word form.</summary>
    public enum CqlOperator
    {
        /// <summary><c>==</c>, <c>equals</c></summary>
        Equal,

        /// <summary><c>!=</c>, <c>not_equals</c></summary>
        NotEqual,

        /// <summary><c>&gt;</c>, <c>greater_than</c></summary>
        GreaterThan,

        /// <summary><c>&gt;=</c>, <c>greater_than_equal</c></summary>
        GreaterThanOrEqual,

        /// <summary><c>&lt;</c>, <c>less_than</c></summary>
        LessThan,

        /// <summary><c>&lt;=</c>, <c>less_than_equal</c></summary>
        LessThanOrEqual,

        /// <summary><c>exists</c> (no argument)</summary>
        Exists,

        /// <summary><c>!exists</c>, <c>not_exists</c> (no argument)</summary>
        NotExists,

        /// <summary><c>in</c> (an argument list)</summary>
        In,

        /// <summary><c>!in</c>, <c>not_in</c> (an argument list)</summary>
        NotIn,

        /// <summary><c>=~</c>, <c>matches</c> (a Java regular expression)</summary>
        Matches,

        /// <summary><c>!~</c>, <c>not_matches</c> (a Java regular expression)</summary>
        NotMatches,
    }

    /// <summary>How two expressions are combined.</summary>
    public enum CqlBinaryKind
    {
        /// <summary><c>and</c>, <c>&amp;&amp;</c></summary>
        And,

        /// <summary><c>or</c>, <c>||</c></summary>
        Or,
    }

    /// <summary>
    /// A node of a parsed (or built) cluster query expression. <see cref="Start"/> and <see cref="Length"/> are the
    /// node's exact character span in the parsed text (0-based); nodes made by <see cref="Cql"/> have no source (-1).
    /// </summary>
    public abstract class CqlNode
    {
        protected CqlNode(int start, int length)
        {
            Start = start;
            Length = length;
        }

        /// <summary>0-based character offset in the parsed text, or -1 for a built node.</summary>
        public int Start { get; }

        /// <summary>Length in characters of the node's text.</summary>
        public int Length { get; }

        /// <summary>1-based column of the node in the parsed text (0 for a built node).</summary>
        public int Column => Start + 1;

        /// <summary>The canonical text of this node (see <see cref="CqlPrinter"/>).</summary>
        public override string ToString() => CqlPrinter.Print(this);
    }

    /// <summary><c>left and right</c> or <c>left or right</c>.</summary>
    public sealed class CqlBinary : CqlNode
    {
        public CqlBinary(CqlBinaryKind kind, CqlNode left, CqlNode right, int start = -1, int length = 0, int operatorStart = -1)
            : base(start, length)
        {
            Kind = kind;
            Left = left;
            Right = right;
            OperatorStart = operatorStart;
        }

        public CqlBinaryKind Kind { get; }

        public CqlNode Left { get; }

        public CqlNode Right { get; }

        /// <summary>Where the <c>and</c>/<c>or</c> keyword starts (0-based), or -1.</summary>
        public int OperatorStart { get; }
    }

    /// <summary><c>not operand</c> or <c>!operand</c>.</summary>
    public sealed class CqlNot : CqlNode
    {
        public CqlNot(CqlNode operand, int start = -1, int length = 0)
            : base(start, length)
        {
            Operand = operand;
        }

        public CqlNode Operand { get; }
    }

    /// <summary>A parenthesised expression, kept so positions and the author's grouping survive printing.</summary>
    public sealed class CqlGroup : CqlNode
    {
        public CqlGroup(CqlNode inner, int start = -1, int length = 0)
            : base(start, length)
        {
            Inner = inner;
        }

        public CqlNode Inner { get; }
    }

    /// <summary>The subject of a single expression: <c>runningTasksCount</c>, <c>task:group</c>, <c>attribute:ecs.instance-type</c> …</summary>
    public sealed class CqlSubject : CqlNode
    {
        public CqlSubject(CqlSubjectKind kind, string? attributeName = null, int start = -1, int length = 0)
            : base(start, length)
        {
            Kind = kind;
            AttributeName = attributeName;
        }

        public CqlSubjectKind Kind { get; }

        /// <summary>For <see cref="CqlSubjectKind.Attribute"/>: the name after <c>attribute:</c>.</summary>
        public string? AttributeName { get; }

        /// <summary>The subject as written in the language.</summary>
        public string Text
        {
            get
            {
                switch (Kind)
                {
                    case CqlSubjectKind.AgentConnected: return "agentConnected";
                    case CqlSubjectKind.AgentVersion: return "agentVersion";
                    case CqlSubjectKind.Ec2InstanceId: return "ec2InstanceId";
                    case CqlSubjectKind.RegisteredAt: return "registeredAt";
                    case CqlSubjectKind.RunningTasksCount: return "runningTasksCount";
                    case CqlSubjectKind.TaskGroup: return "task:group";
                    default: return "attribute:" + AttributeName;
                }
            }
        }
    }

    /// <summary>A literal argument: a bare token (<c>t2.small</c>) or a quoted string (<c>'i-abcd1234'</c>).</summary>
    public sealed class CqlLiteral : CqlNode
    {
        public CqlLiteral(string value, char quote = '\0', int start = -1, int length = 0)
            : base(start, length)
        {
            Value = value;
            Quote = quote;
        }

        /// <summary>The value without quotes.</summary>
        public string Value { get; }

        /// <summary>The quote character used in the source (<c>'</c> or <c>"</c>), or <c>\0</c> for a bare token.</summary>
        public char Quote { get; }
    }

    /// <summary>An argument list <c>[a, b, …]</c> for <c>in</c> and <c>not_in</c>.</summary>
    public sealed class CqlList : CqlNode
    {
        public CqlList(IReadOnlyList<CqlLiteral> items, int start = -1, int length = 0)
            : base(start, length)
        {
            Items = items;
        }

        public IReadOnlyList<CqlLiteral> Items { get; }
    }

    /// <summary>A single expression <c>subject operator [argument]</c>.</summary>
    public sealed class CqlComparison : CqlNode
    {
        public CqlComparison(CqlSubject subject, CqlOperator op, CqlNode? argument, int start = -1, int length = 0, int operatorStart = -1, int operatorLength = 0)
            : base(start, length)
        {
            Subject = subject;
            Operator = op;
            Argument = argument;
            OperatorStart = operatorStart;
            OperatorLength = operatorLength;
        }

        public CqlSubject Subject { get; }

        public CqlOperator Operator { get; }

        /// <summary>A <see cref="CqlLiteral"/>, a <see cref="CqlList"/>, or null when none was given.</summary>
        public CqlNode? Argument { get; }

        /// <summary>Where the operator starts (0-based), or -1 for a built node.</summary>
        public int OperatorStart { get; }

        public int OperatorLength { get; }
    }
}
