using System.Globalization;
using System.Text;
using TaskDefKit.Terraform.Hcl;

namespace TaskDefKit.Tests.Terraform
{
    /// <summary>Prints a parsed HCL tree back as canonical HCL: the other half of the round-trip property.</summary>
    internal static class HclPrinter
    {
        public static string Print(HclBody body)
        {
            var text = new StringBuilder();
            PrintBody(body, text, 0);
            return text.ToString();
        }

        private static void PrintBody(HclBody body, StringBuilder text, int indent)
        {
            foreach (object item in body.Items)
            {
                text.Append(' ', indent * 2);
                if (item is HclAttribute attribute)
                {
                    text.Append(attribute.Name).Append(" = ");
                    PrintExpression(attribute.Value, text, indent);
                    text.Append('\n');
                }
                else if (item is HclBlock block)
                {
                    text.Append(block.Type);
                    foreach (string label in block.Labels)
                    {
                        text.Append(' ');
                        Quote(label, text);
                    }

                    text.Append(" {\n");
                    PrintBody(block.Body, text, indent + 1);
                    text.Append(' ', indent * 2).Append("}\n");
                }
            }
        }

        public static void PrintExpression(HclExpression expression, StringBuilder text, int indent)
        {
            switch (expression)
            {
                case HclLiteral literal:
                    text.Append(literal.Text);
                    break;
                case HclTemplate { HeredocMarker: string marker } heredoc:
                    text.Append("<<").Append(marker).Append('\n');
                    foreach (object part in heredoc.Parts)
                    {
                        if (part is string literal)
                        {
                            text.Append(literal.Replace("${", "$${").Replace("%{", "%%{"));
                        }
                        else
                        {
                            Interpolation((HclExpression)part, text, indent);
                        }
                    }

                    // The closing marker must end its line, wherever the heredoc stands (a list, an argument).
                    text.Append(marker).Append('\n');
                    break;
                case HclTemplate template:
                    text.Append('"');
                    foreach (object part in template.Parts)
                    {
                        if (part is string literal)
                        {
                            Escape(literal, text);
                        }
                        else
                        {
                            Interpolation((HclExpression)part, text, indent);
                        }
                    }

                    text.Append('"');
                    break;
                case HclTuple tuple:
                    text.Append('[');
                    for (int i = 0; i < tuple.Items.Count; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ");
                        PrintExpression(tuple.Items[i], text, indent);
                    }

                    text.Append(']');
                    break;
                case HclObject obj:
                    text.Append("{\n");
                    foreach (HclObjectItem item in obj.Items)
                    {
                        text.Append(' ', (indent + 1) * 2);
                        PrintExpression(item.Key, text, indent + 1);
                        text.Append(item.Arrow ? ": " : " = ");
                        PrintExpression(item.Value, text, indent + 1);
                        text.Append('\n');
                    }

                    text.Append(' ', indent * 2).Append('}');
                    break;
                case HclReference reference:
                    text.Append(reference.Root);
                    foreach (string step in reference.Traversal)
                    {
                        text.Append(step);
                    }

                    break;
                case HclFunctionCall call:
                    text.Append(call.Name).Append('(');
                    for (int i = 0; i < call.Arguments.Count; i++)
                    {
                        text.Append(i == 0 ? string.Empty : ", ");
                        PrintExpression(call.Arguments[i], text, indent);
                    }

                    text.Append(call.ExpandFinal ? "...)" : ")");
                    break;
                case HclComputed computed:
                    text.Append(computed.Text);
                    break;
            }
        }

        private static void Interpolation(HclExpression expression, StringBuilder text, int indent)
        {
            text.Append("${");
            PrintExpression(expression, text, indent);
            text.Append('}');
        }

        private static void Quote(string value, StringBuilder text)
        {
            text.Append('"');
            Escape(value, text);
            text.Append('"');
        }

        private static void Escape(string value, StringBuilder text)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '$' when i + 1 < value.Length && value[i + 1] == '{': text.Append("$$"); break;
                    case '%' when i + 1 < value.Length && value[i + 1] == '{': text.Append("%%"); break;
                    default:
                        if (c < ' ')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }
        }
    }
}
