using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TaskDefKit.CloudFormation;

namespace TaskDefKit.Terraform
{
    /// <summary>One line of a block body: an attribute (<c>name = value</c>, optionally wrapped in a function call) or a nested block.</summary>
    internal sealed class HclBodyItem
    {
        private HclBodyItem(string name, TemplateNode? value, string? function, List<HclBodyItem>? body)
        {
            Name = name;
            Value = value;
            Function = function;
            Body = body;
        }

        public string Name { get; }

        public TemplateNode? Value { get; }

        /// <summary>A function the value is passed to (<c>jsonencode</c>), or null.</summary>
        public string? Function { get; }

        /// <summary>A nested block's body; null for an attribute.</summary>
        public List<HclBodyItem>? Body { get; }

        public static HclBodyItem Attribute(string name, TemplateNode value, string? function = null) => new HclBodyItem(name, value, function, null);

        public static HclBodyItem Block(string type, List<HclBodyItem> body) => new HclBodyItem(type, null, null, body);
    }

    /// <summary>
    /// Writes HCL native syntax the way <c>terraform fmt</c> lays it out: two-space indentation, the <c>=</c> of
    /// consecutive one-line attributes aligned, a multi-line value or a block ending the run. Strings use HCL's escapes,
    /// with <c>${</c> and <c>%{</c> doubled so no value turns into an interpolation or a directive.
    /// </summary>
    internal static class HclText
    {
        public static void WriteBody(StringBuilder text, List<HclBodyItem> body, int indent)
        {
            int i = 0;
            while (i < body.Count)
            {
                // A run of attributes whose values fit on one line shares one alignment column.
                int end = i;
                int width = 0;
                var rendered = new List<string>();
                while (end < body.Count && body[end].Body is null)
                {
                    string value = Attribute(body[end], indent);
                    rendered.Add(value);
                    if (value.IndexOf('\n') >= 0)
                    {
                        break;
                    }

                    width = System.Math.Max(width, Key(body[end].Name).Length);
                    end++;
                }

                for (int k = i; k < end; k++)
                {
                    string key = Key(body[k].Name);
                    text.Append(' ', indent).Append(key).Append(' ', width - key.Length).Append(" = ").Append(rendered[k - i]).Append('\n');
                }

                if (end < body.Count && body[end].Body is null)
                {
                    // The multi-line attribute that ended the run stands alone.
                    text.Append(' ', indent).Append(Key(body[end].Name)).Append(" = ").Append(rendered[end - i]).Append('\n');
                    end++;
                }
                else if (end < body.Count)
                {
                    HclBodyItem block = body[end];
                    text.Append(' ', indent).Append(block.Name).Append(" {\n");
                    WriteBody(text, block.Body!, indent + 2);
                    text.Append(' ', indent).Append("}\n");
                    end++;
                }

                i = end;
            }
        }

        private static string Attribute(HclBodyItem item, int indent)
        {
            string value = Value(item.Value!, indent);
            return item.Function is null ? value : item.Function + "(" + value + ")";
        }

        /// <summary>A value's text; lines after the first carry their own indentation (the value starts at <paramref name="indent"/>).</summary>
        public static string Value(TemplateNode node, int indent)
        {
            switch (node.Kind)
            {
                case TemplateNodeKind.Mapping when node.Members.Count == 0:
                    return "{}";
                case TemplateNodeKind.Sequence when node.Items.Count == 0:
                    return "[]";
                case TemplateNodeKind.Mapping:
                {
                    var members = new List<HclBodyItem>(node.Members.Count);
                    foreach (KeyValuePair<string, TemplateNode> member in node.Members)
                    {
                        members.Add(HclBodyItem.Attribute(member.Key, member.Value));
                    }

                    var text = new StringBuilder("{\n");
                    WriteBody(text, members, indent + 2);
                    return text.Append(' ', indent).Append('}').ToString();
                }

                case TemplateNodeKind.Sequence:
                {
                    if (AllScalars(node))
                    {
                        var line = new StringBuilder("[");
                        for (int i = 0; i < node.Items.Count; i++)
                        {
                            line.Append(i == 0 ? string.Empty : ", ").Append(Value(node.Items[i], indent));
                        }

                        return line.Append(']').ToString();
                    }

                    var text = new StringBuilder("[\n");
                    foreach (TemplateNode item in node.Items)
                    {
                        text.Append(' ', indent + 2).Append(Value(item, indent + 2)).Append(",\n");
                    }

                    return text.Append(' ', indent).Append(']').ToString();
                }

                case TemplateNodeKind.String:
                    return Quote(node.Text!);
                default:
                    return node.Text!;
            }
        }

        /// <summary>An attribute or object key: bare when it is a plain identifier, else quoted.</summary>
        public static string Key(string name)
        {
            bool bare = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name != "null" && name != "true" && name != "false" && name != "for";
            foreach (char c in name)
            {
                bare &= char.IsAsciiLetterOrDigit(c) || c == '_';
            }

            return bare ? name : Quote(name);
        }

        public static string Quote(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': quoted.Append("\\\""); break;
                    case '\\': quoted.Append("\\\\"); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    case '$' or '%' when i + 1 < value.Length && value[i + 1] == '{':
                        quoted.Append(c).Append(c);
                        break;
                    default:
                        if (c < 0x20 || c == 0x7f)
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        private static bool AllScalars(TemplateNode list)
        {
            foreach (TemplateNode item in list.Items)
            {
                if (item.Kind == TemplateNodeKind.Mapping || item.Kind == TemplateNodeKind.Sequence)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
