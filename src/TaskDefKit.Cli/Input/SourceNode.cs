using System.Collections.Generic;

namespace TaskDefKit.Cli.Input
{
    /// <summary>The kinds of value a JSON or YAML document holds.</summary>
    internal enum SourceNodeKind
    {
        Mapping,
        Sequence,
        Scalar,
    }

    /// <summary>How a scalar was written: its text alone does not say whether <c>"80"</c> or <c>80</c> was meant.</summary>
    internal enum ScalarStyle
    {
        /// <summary>A JSON string or a quoted YAML scalar: always a string.</summary>
        Quoted,

        /// <summary>A JSON number, boolean or null, or a plain YAML scalar: its type comes from its text.</summary>
        Plain,
    }

    /// <summary>
    /// A JSON or YAML value with the line and column it starts at: the common tree that CloudFormation templates and
    /// Terraform container-definition arrays are translated from, so findings map back into the file they came from.
    /// </summary>
    internal sealed class SourceNode
    {
        private SourceNode(SourceNodeKind kind, int line, int column, string? tag)
        {
            Kind = kind;
            Line = line;
            Column = column;
            Tag = tag;
        }

        public SourceNodeKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>A YAML tag such as <c>!Ref</c> (CloudFormation short-form intrinsic functions); null in JSON.</summary>
        public string? Tag { get; }

        /// <summary>For mappings: the members in document order.</summary>
        public List<KeyValuePair<string, SourceNode>> Members { get; } = new List<KeyValuePair<string, SourceNode>>();

        /// <summary>For mappings: where each member's key starts, parallel to <see cref="Members"/>.</summary>
        public List<(int Line, int Column)> KeyPositions { get; } = new List<(int Line, int Column)>();

        /// <summary>For sequences: the items.</summary>
        public List<SourceNode> Items { get; } = new List<SourceNode>();

        /// <summary>For scalars: the text (null for JSON null).</summary>
        public string? Text { get; private set; }

        public ScalarStyle Style { get; private set; }

        /// <summary>
        /// The node's size once aliases are expanded: one per node plus the length of each scalar's text. Set by the
        /// YAML reader when the node is complete, to bound alias expansion ("billion laughs").
        /// </summary>
        public long ExpandedSize { get; set; }

        /// <summary>The node's nesting depth once aliases are expanded (a scalar is 0); set with <see cref="ExpandedSize"/>.</summary>
        public int ExpandedHeight { get; set; }

        public static SourceNode Mapping(int line, int column, string? tag = null) => new SourceNode(SourceNodeKind.Mapping, line, column, tag);

        public static SourceNode Sequence(int line, int column, string? tag = null) => new SourceNode(SourceNodeKind.Sequence, line, column, tag);

        public static SourceNode Scalar(string? text, ScalarStyle style, int line, int column, string? tag = null) =>
            new SourceNode(SourceNodeKind.Scalar, line, column, tag) { Text = text, Style = style };

        /// <summary>Adds a member to a mapping with the position of its key.</summary>
        public void AddMember(string key, (int Line, int Column) keyPosition, SourceNode value)
        {
            Members.Add(new KeyValuePair<string, SourceNode>(key, value));
            KeyPositions.Add(keyPosition);
        }

        public SourceNode? Get(string name)
        {
            foreach (KeyValuePair<string, SourceNode> member in Members)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            return null;
        }
    }
}
