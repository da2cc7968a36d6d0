using System;
using System.Collections.Generic;
using System.Text;

namespace TaskDefKit.Cli.Input.Terraform
{
    /// <summary>
    /// The container list of <c>container_definitions</c>: already a list (<c>jsonencode</c> of HCL), or JSON text (a
    /// plan's string, a heredoc, a file) parsed here. Inside a heredoc, positions are .tf lines; inside a one-line
    /// string or another file, every value points at the string. Interpolated values are unknown.
    /// </summary>
    internal static class TerraformContainerJson
    {
        public static SourceNode Read(SourceNode value, TerraformResource resource, List<(string Message, int Line, int Column)> problems)
        {
            if (value.Kind != SourceNodeKind.Scalar || value.Text is null || (value.Tag != null && value.Tag != TerraformValues.TemplateTag))
            {
                return value;
            }

            (int contentLine, int indent) = (0, 0);
            if (resource.ContentLines != null && resource.ContentLines.TryGetValue(value, out (int Line, int Indent) content))
            {
                (contentLine, indent) = content;
            }

            SourceNode parsed;
            try
            {
                parsed = JsonSourceReader.Read(Encoding.UTF8.GetBytes(value.Text));
            }
            catch (SourceParseException exception)
            {
                (int line, int column) = contentLine > 0 ? (contentLine + exception.Line - 1, exception.Column + indent) : (value.Line, value.Column);
                problems.Add(("container_definitions of " + resource.Address + " is not valid JSON: " + exception.Message, line, column));
                return TerraformValues.Unknown(new TaskDefKit.Terraform.Hcl.HclPosition(value.Line, value.Column));
            }

            return Relocate(parsed, value, contentLine, indent, 0);
        }

        /// <summary>Copies the tree with .tf positions, and marks strings that hold an interpolation as unknown.</summary>
        private static SourceNode Relocate(SourceNode node, SourceNode at, int contentLine, int indent, int depth)
        {
            int line = contentLine > 0 ? contentLine + node.Line - 1 : at.Line;
            int column = contentLine > 0 ? node.Column + indent : at.Column;
            switch (node.Kind)
            {
                case SourceNodeKind.Mapping:
                {
                    SourceNode mapping = SourceNode.Mapping(line, column);
                    foreach (KeyValuePair<string, SourceNode> member in node.Members)
                    {
                        TerraformNodes.Add(mapping, member.Key, Relocate(member.Value, at, contentLine, indent, depth + 1));
                    }

                    return mapping;
                }

                case SourceNodeKind.Sequence:
                {
                    SourceNode sequence = SourceNode.Sequence(line, column);
                    foreach (SourceNode item in node.Items)
                    {
                        sequence.Items.Add(Relocate(item, at, contentLine, indent, depth + 1));
                    }

                    return sequence;
                }

                default:
                    bool unknown = node.Text != null && node.Text.Contains(TerraformValues.Sentinel, StringComparison.Ordinal);
                    return SourceNode.Scalar(unknown ? null : node.Text, node.Style, line, column, unknown ? TerraformValues.UnknownTag : null);
            }
        }
    }
}
