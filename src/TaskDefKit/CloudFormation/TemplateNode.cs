using System.Collections.Generic;

namespace TaskDefKit.CloudFormation
{
    /// <summary>What a template value is: written the same way as JSON or YAML by <see cref="TemplateText"/>.</summary>
    internal enum TemplateNodeKind
    {
        Mapping,
        Sequence,
        String,

        /// <summary>A number or boolean, kept as its JSON text.</summary>
        Literal,

        /// <summary><c>{"Ref": name}</c> in JSON, <c>!Ref name</c> in YAML.</summary>
        Ref,
    }

    /// <summary>One value of a template being written: an ordered mapping, a sequence, a scalar or a <c>Ref</c>.</summary>
    internal sealed class TemplateNode
    {
        private TemplateNode(TemplateNodeKind kind, string? text)
        {
            Kind = kind;
            Text = text;
        }

        public TemplateNodeKind Kind { get; }

        /// <summary>The string, the literal's JSON text, or the referenced logical ID.</summary>
        public string? Text { get; }

        /// <summary>A mapping's members in writing order.</summary>
        public List<KeyValuePair<string, TemplateNode>> Members { get; } = new List<KeyValuePair<string, TemplateNode>>();

        public List<TemplateNode> Items { get; } = new List<TemplateNode>();

        public static TemplateNode Mapping() => new TemplateNode(TemplateNodeKind.Mapping, null);

        public static TemplateNode Sequence() => new TemplateNode(TemplateNodeKind.Sequence, null);

        public static TemplateNode String(string text) => new TemplateNode(TemplateNodeKind.String, text);

        public static TemplateNode Literal(string jsonText) => new TemplateNode(TemplateNodeKind.Literal, jsonText);

        public static TemplateNode Ref(string logicalId) => new TemplateNode(TemplateNodeKind.Ref, logicalId);

        public TemplateNode Add(string name, TemplateNode value)
        {
            Members.Add(new KeyValuePair<string, TemplateNode>(name, value));
            return this;
        }
    }
}
